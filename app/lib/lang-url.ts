// The interface language in the query string: `lang=en|kk|ru`. Without it the page follows
// the browser's languages. Like url-state.ts, parsing tolerates anything and never throws.
import { isLang, type Lang } from '@/i18n/langs';
import type { Notice } from '@/i18n/message';

export function parseLangUrl(search: string): { lang: Lang | null; notices: Notice[] } {
  const raw = new URLSearchParams(search).get('lang');
  if (raw === null || raw.trim() === '') return { lang: null, notices: [] };
  const value = raw.trim().toLowerCase();
  if (isLang(value)) return { lang: value, notices: [] };
  return { lang: null, notices: [{ key: 'badLang' }] };
}

/** Writes `lang` into `params` when it was chosen (by link or menu), else leaves it out. */
export function writeLangUrl(params: URLSearchParams, lang: Lang | null): void {
  if (lang) params.set('lang', lang);
  else params.delete('lang');
}
