// Quotation marks and "a, b or c" lists in the catalogue's own language, through the browser's
// Intl. Apart from format.ts because only texts outside the first view use them (notices,
// citations, the Kazakh and Russian catalogues), so they stay out of its script.
import type { Lang } from './langs';

/** The quotation marks each language uses: “…” in English, «…» in Kazakh and Russian. */
export function quote(lang: Lang, s: string): string {
  return lang === 'en' ? `“${s}”` : `«${s}»`;
}

/** “a”, “b” or “c”: ids quoted, joined as the language joins alternatives. */
export function orList(lang: Lang, items: readonly string[]): string {
  const quoted = items.map((s) => quote(lang, s));
  try {
    return new Intl.ListFormat(lang, { type: 'disjunction' }).format(quoted);
  } catch {
    return quoted.join(', ');
  }
}
