// The sources as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// for Zotero, Pandoc and citation tools. Only metadata the texts state: a field the text does
// not state is absent, never guessed. An untitled text gets our label as its title, and its
// note says so. CSL-JSON has no file-level metadata, so each item's note ends with the credit.
import type { GraphData, Source } from '../../model/schema.ts';
import { CREDIT } from './credit.ts';

/** The CSL type is our classification of the genre (CSL requires one), not the text's words. */
function cslType(s: Source): string {
  return s.outlet ? 'article-newspaper' : 'article';
}

export function buildCsl(data: GraphData, date: string): string {
  const items = data.sources.map((s) => {
    const notes = [
      s.title === null ? `Untitled: the title here is our label; the text has none.` : null,
      `Genre (ours): ${s.genre}. CSL type is ours too.`,
      s.authorRole ? `Author's role as the text states it: ${s.authorRole}.` : null,
      `Source file: data/sources/${s.id}.txt.`,
      `${CREDIT} Exported ${date}.`,
    ].filter(Boolean);
    return {
      id: s.id,
      type: cslType(s),
      title: s.title ?? s.label,
      // The name as printed ("Makubayev Yu."): splitting it into family and given would guess.
      ...(s.author ? { author: [{ literal: s.author }] } : {}),
      ...(s.outlet ? { 'container-title': s.outlet } : {}),
      // No text states a usable date; if one did, it would go here as written ("literal").
      ...(s.date ? { issued: { literal: s.date } } : {}),
      note: notes.join(' '),
    };
  });
  return JSON.stringify(items, null, 2) + '\n';
}
