// The level a line is drawn at, and how far a text can be checked: what the first view needs
// to draw the map (the fuller account of a line's basis, for the evidence panel, the table and
// the exports, is strength.ts). Pure: no React, no catalogue.
import type { Passage, Source } from './schema.ts';

/**
 * attributed: the text states a byline or an outlet. unattributed: neither, but the people it
 * quotes can be checked from the texts. unverified: no byline, outlet or date, and its people
 * cannot be checked: marked wherever its passages appear.
 */
export type Reliability = 'attributed' | 'unattributed' | 'unverified';

export function reliabilityOf(
  source: Pick<Source, 'author' | 'outlet' | 'date' | 'speakersCheckable'>,
): Reliability {
  if (source.author || source.outlet) return 'attributed';
  if (!source.date && !source.speakersCheckable) return 'unverified';
  return 'unattributed';
}

/**
 * several: supporting passages from two or more verifiable sources. single: from one verifiable
 * source (an unverified text beside it never raises the level: it is counted apart, in
 * unverifiedSupportingSources). unverified: every supporting passage comes from an unverified
 * text (or none supports: only qualifications).
 */
export type StrengthLevel = 'several' | 'single' | 'unverified';

export const STRENGTH_LEVELS: readonly StrengthLevel[] = ['several', 'single', 'unverified'];

/** Whether a passage comes from an unverified text (or from a source the data lacks). */
export function fromUnverified(p: Passage, sourceById: ReadonlyMap<string, Source>): boolean {
  const s = sourceById.get(p.source);
  return !s || reliabilityOf(s) === 'unverified';
}

/** The level a line is drawn at: only verifiable texts count towards it. */
export function lineLevel(
  passages: readonly Passage[],
  sourceById: ReadonlyMap<string, Source>,
): StrengthLevel {
  const verifiable = new Set(
    passages
      .filter((p) => p.stance === 'supports' && !fromUnverified(p, sourceById))
      .map((p) => p.source),
  );
  return verifiable.size >= 2 ? 'several' : verifiable.size ? 'single' : 'unverified';
}
