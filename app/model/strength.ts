// How solid the basis of a relation is, computed from the data alone: how many passages, from
// how many independent sources, the strongest voice and modality among them, and whether it
// rests only on a text we cannot verify. The map draws the level on the line, the evidence
// panel says it in words, the legend explains it. Pure: no React, no catalogue.
import {
  modalitySchema,
  voiceSchema,
  type GraphEdge,
  type Modality,
  type Passage,
  type Source,
  type Voice,
} from './schema.ts';

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
 * several: supporting passages from two or more sources, at least one of them verifiable.
 * single: supporting passages from one verifiable source only. unverified: every supporting
 * passage comes from an unverified text (or none supports: only qualifications).
 */
export type StrengthLevel = 'several' | 'single' | 'unverified';

export const STRENGTH_LEVELS: readonly StrengthLevel[] = ['several', 'single', 'unverified'];

export interface Strength {
  level: StrengthLevel;
  passages: number;
  supporting: number;
  qualifying: number;
  /** Distinct sources among all the passages. */
  sources: number;
  /** Distinct sources with a supporting passage. */
  supportingSources: number;
  /** Passages from unverified texts. */
  unverifiedPassages: number;
  /** The firmest supporting passage: verifiable before unverified, then voice, then modality. */
  strongest: { voice: Voice; modality: Modality; source: string } | null;
}

/** Firmer first: the schema lists voices and modalities in that order. */
export const VOICE_RANK: readonly Voice[] = voiceSchema.options;
export const MODALITY_RANK: readonly Modality[] = modalitySchema.options;

export function passageStrength(
  passages: readonly Passage[],
  sourceById: ReadonlyMap<string, Source>,
): Strength {
  const unverified = (p: Passage) => {
    const s = sourceById.get(p.source);
    return !s || reliabilityOf(s) === 'unverified';
  };
  const supporting = passages.filter((p) => p.stance === 'supports');
  const supportingSources = new Set(supporting.map((p) => p.source));
  const verifiedSupport = supporting.filter((p) => !unverified(p));
  const level: StrengthLevel = !verifiedSupport.length
    ? 'unverified'
    : supportingSources.size >= 2
      ? 'several'
      : 'single';
  const rank = (p: Passage) =>
    (unverified(p) ? 100 : 0) +
    VOICE_RANK.indexOf(p.voice) * 10 +
    MODALITY_RANK.indexOf(p.modality);
  const best = [...supporting].sort((a, b) => rank(a) - rank(b))[0];
  return {
    level,
    passages: passages.length,
    supporting: supporting.length,
    qualifying: passages.length - supporting.length,
    sources: new Set(passages.map((p) => p.source)).size,
    supportingSources: supportingSources.size,
    unverifiedPassages: passages.filter(unverified).length,
    strongest: best ? { voice: best.voice, modality: best.modality, source: best.source } : null,
  };
}

export function edgeStrength(edge: GraphEdge, sourceById: ReadonlyMap<string, Source>): Strength {
  return passageStrength(edge.passages, sourceById);
}
