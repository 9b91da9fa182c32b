// The sources as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// for Zotero, Pandoc and citation tools. Only metadata the texts state: a field the text does
// not state is absent, never guessed. An untitled text has no title: our description goes in
// `genre`, which styles print as a description (APA in square brackets in the title's place,
// its rule for untitled works; Chicago as a plain descriptive phrase), never as a title.
// CSL-JSON has no file-level metadata, so each item's note ends with the credit.
import type { GraphData, Source } from '../../model/schema.ts';
import { reliabilityOf } from '../../model/strength.ts';
import { CREDIT } from './credit.ts';

const RELIABILITY_NOTE = {
  attributed: 'attributed: the text states its author or outlet',
  unattributed: 'unattributed: no author or outlet, but the people it quotes can be checked',
  unverified:
    'unverified: no author, outlet or date, and the people it quotes cannot be checked; every passage from it is marked so',
} as const;

/**
 * The CSL type is our classification (CSL requires one), not the text's words: a newspaper
 * article when the text names its outlet, an article otherwise, a generic document when it has
 * no title (an "article" without a title or genre prints as a "Preprint" in Chicago).
 */
function cslType(s: Source): string {
  if (s.title === null) return 'document';
  return s.outlet ? 'article-newspaper' : 'article';
}

const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
const WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * An author's name as CSL name parts, where the byline makes them clear: two words, one an
 * initial ("Makubayev Yu."), the initial being the given name wherever it stands; or two
 * capitalised words ("Yerzhan Saltybaev"), given name first as English-language bylines print
 * them. Anything else (one word, three, particles, an organisation) stays literal.
 */
export function cslName(name: string): { family: string; given: string } | { literal: string } {
  const words = name.trim().split(/\s+/u);
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    if (INITIAL.test(b) && WORD.test(a)) return { family: a, given: b };
    if (INITIAL.test(a) && WORD.test(b)) return { family: b, given: a };
    if (WORD.test(a) && WORD.test(b)) return { family: b, given: a };
  }
  return { literal: name };
}

export function buildCsl(data: GraphData, date: string): string {
  const items = data.sources.map((s) => {
    const notes = [
      s.title === null
        ? `Untitled: the text has no title; the description in brackets is ours.`
        : `Genre (ours): ${s.genre}.`,
      `CSL type is ours too.`,
      `Reliability (ours): ${RELIABILITY_NOTE[reliabilityOf(s)]}.`,
      s.authorRole ? `Author's role as the text states it: ${s.authorRole}.` : null,
      s.author ? `Author as printed: ${s.author.replace(/\.$/, '')}.` : null,
      `Source file: data/sources/${s.id}.txt.`,
      `${CREDIT} Exported ${date}.`,
    ].filter(Boolean);
    return {
      id: s.id,
      type: cslType(s),
      ...(s.title !== null ? { title: s.title, genre: s.genre } : { genre: s.label }),
      ...(s.author ? { author: [cslName(s.author)] } : {}),
      ...(s.outlet ? { 'container-title': s.outlet } : {}),
      // No text states a usable date; if one did, it would go here as written ("literal").
      ...(s.date ? { issued: { literal: s.date } } : {}),
      note: notes.join(' '),
    };
  });
  return JSON.stringify(items, null, 2) + '\n';
}
