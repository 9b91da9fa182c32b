// The copy-paste embed code (CONTRACT.md "Embedding"). Pure, so it is unit-tested.
import { en } from '@/i18n/en';
import type { Lang } from '@/i18n/langs';

/** The app's own base URL (page URL without query or hash), whatever path it is served from. */
export function appBase(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname.replace(/[^/]*$/, '');
}

/** The embed's address: the interface language is always written, so an article's embed
 *  stays in the article's language whatever the reader's browser prefers. */
export function embedUrl(base: string, select: string[] | null, lang: Lang = 'en'): string {
  const params = select?.length ? `&select=${select.join(',')}` : '';
  return `${base}?embed&lang=${lang}${params}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `title` names the iframe for screen readers: pass it in the embed's language. */
export function embedSnippet(
  base: string,
  select: string[] | null,
  lang: Lang = 'en',
  title = en.embed.iframeTitle,
  // The embed's own height at a 640 px column (it depends on the width only), so that without
  // embed.js, or before its first message, the article is laid out as it will stay.
  height = 744,
): string {
  return [
    `<iframe src="${escapeAttr(embedUrl(base, select, lang))}" title="${escapeAttr(title)}"`,
    `  width="100%" height="${height}" loading="lazy" allow="fullscreen" style="border:0"></iframe>`,
    `<script src="${escapeAttr(base)}embed.js" async></script>`,
  ].join('\n');
}

/** The full view of the same selection, for the embed's "Open full view" link. */
export function fullViewUrl(base: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'embedId']) {
    params.delete(key);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${base}?${query}` : base;
}
