// A line is the claims made about it. Each passage is a claim by a voice (who speaks, how
// firmly); its terms are the words it uses for the relation. The line's drawn label is the
// firmest claim's own words, verifiable before unverified, and the data test holds it to that
// (labelProblem). Where voices put the relation in words of different families, or a second
// text qualifies what the first supports, the line is contested. Pure: no React, no catalogue.
import { LABEL_TERMS } from './label-terms.ts';
import { RELATIONS } from './ids.ts';
import type { GraphEdge, Passage, Relation, Source } from './schema.ts';
import { firmness, fromUnverified } from './strength.ts';

export interface Claim {
  /** The passage's own words for the relation (a term), or null when it names none. */
  words: string | null;
  passage: Passage;
  /** The family those words belong to (label-terms.ts), or null when they fit none. */
  family: Relation | null;
}

/** The family whose words these are, first in the legend's order; null when none fits. */
export function familyOfWords(words: string): Relation | null {
  return RELATIONS.find((r) => LABEL_TERMS[r].test(words)) ?? null;
}

const folded = (s: string) => ` ${s.replace(/\s+/gu, ' ').trim().toLowerCase()} `;

/** True when `words` stand in `text` as whole words (case and whitespace aside). */
export function containsWords(text: string, words: string): boolean {
  const hay = folded(text.replace(/[^\p{L}\p{N}\s-]/gu, ' '));
  const needle = folded(words.replace(/[^\p{L}\p{N}\s-]/gu, ' '));
  return needle.trim() !== '' && hay.includes(needle);
}

/**
 * Every claim on the line, firmest first: one per term of each passage (a passage with no
 * term is one claim without words), supporting before qualifying within the same firmness.
 */
export function claimsOf(edge: GraphEdge, sourceById: ReadonlyMap<string, Source>): Claim[] {
  const rank = (p: Passage) => firmness(p, sourceById) + (p.stance === 'supports' ? 0 : 1000);
  return [...edge.passages]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((passage): Claim[] =>
      passage.terms.length
        ? passage.terms.map((words) => ({ words, passage, family: familyOfWords(words) }))
        : [{ words: null, passage, family: null }],
    );
}

/** The supporting passages of the firmest tier: the only ones whose words may label the line. */
export function firmestSupport(
  edge: Pick<GraphEdge, 'passages'>,
  sourceById: ReadonlyMap<string, Source>,
): Passage[] {
  const supporting = edge.passages.filter((p) => p.stance === 'supports');
  const best = Math.min(...supporting.map((p) => firmness(p, sourceById)));
  return supporting.filter((p) => firmness(p, sourceById) === best);
}

/**
 * Contested: the supporting voices put the relation in words of two or more families ("allied
 * relations" beside "strategic partnerships"), or a text that supports nothing on this line
 * qualifies it (a second text pulling against the first).
 */
export function isContested(edge: GraphEdge): boolean {
  const supporting = edge.passages.filter((p) => p.stance === 'supports');
  const families = new Set(
    supporting.flatMap((p) => p.terms.map(familyOfWords).filter((f) => f !== null)),
  );
  const supportingSources = new Set(supporting.map((p) => p.source));
  return (
    families.size >= 2 ||
    edge.passages.some((p) => p.stance === 'qualifies' && !supportingSources.has(p.source))
  );
}

/**
 * Why the drawn label is not the firmest claim's own words, or null when it is. The label must
 * stand, as whole words, in a term of the firmest supporting passage (verifiable before
 * unverified). The family (the line's colour) must not contradict it: words that name a family
 * name the line's own, and neutral words ("advocates transforming") leave the family to rest on
 * some supporting passage's terms, verifiable ones where the line has any.
 */
export function labelProblem(
  edge: GraphEdge,
  sourceById: ReadonlyMap<string, Source>,
): string | null {
  const firmest = firmestSupport(edge, sourceById);
  if (!firmest.length) return 'no passage supports the line, so nothing can label it';
  const terms = firmest.flatMap((p) => p.terms);
  if (!terms.some((t) => containsWords(t, edge.label))) {
    const offer = terms.length ? terms.map((t) => `“${t}”`).join(', ') : 'none yet';
    return `“${edge.label}” is not the words of the firmest supporting passage; its terms: ${offer}`;
  }
  const named = familyOfWords(edge.label);
  if (named && named !== edge.relation) {
    return `“${edge.label}” names the family “${named}”, not “${edge.relation}”`;
  }
  if (!named) {
    const verifiable = firmest.some((p) => !fromUnverified(p, sourceById));
    const carriers = edge.passages.filter(
      (p) => p.stance === 'supports' && (!verifiable || !fromUnverified(p, sourceById)),
    );
    if (!carriers.some((p) => p.terms.some((t) => LABEL_TERMS[edge.relation].test(t)))) {
      return `the family “${edge.relation}” is carried by no ${verifiable ? 'verifiable ' : ''}supporting passage's terms`;
    }
  }
  return null;
}

/**
 * The label the editor draws until its author picks other words: the firmest supporting
 * passage's first term, so a new line never wears words its passages do not carry.
 */
export function proposeLabel(
  edge: Pick<GraphEdge, 'passages' | 'relation'>,
  sourceById: ReadonlyMap<string, Source>,
): string {
  const firmest = firmestSupport(edge, sourceById);
  return firmest.flatMap((p) => p.terms)[0] ?? edge.relation.replace(/-/g, ' ');
}
