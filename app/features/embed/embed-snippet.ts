// The copy-paste embed code (docs/contract.md "Embedding"). Pure, so it is unit-tested. Only the
// Embed dialog needs it; the links the embed's bar shows are in embed-links.ts (first view).
import { enMore } from '@/i18n/en-more';
import type { Lang } from '@/i18n/langs';

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
  title = enMore.embed.iframeTitle,
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
