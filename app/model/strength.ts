// How solid the basis of a relation is, computed from the data alone: how many passages, from
// how many independent sources, the strongest voice and modality among them, and whether it
// rests only on a text we cannot verify. The map draws the level on the line, the evidence
// panel says it in words, the legend explains it. Pure: no React, no catalogue.
import { MODALITIES, VOICES } from './ids.ts';
import { fromUnverified, lineLevel, type StrengthLevel } from './line-level.ts';
import type { GraphEdge, Modality, Passage, Source, Voice } from './schema.ts';

export {
  fromUnverified,
  reliabilityOf,
  STRENGTH_LEVELS,
  type Reliability,
  type StrengthLevel,
} from './line-level.ts';

export interface Strength {
  level: StrengthLevel;
  passages: number;
  supporting: number;
  qualifying: number;
  /** Distinct sources among all the passages. */
  sources: number;
  /** Distinct sources with a supporting passage. */
  supportingSources: number;
  /** Of those, the verifiable ones: only they set the level. */
  verifiableSupportingSources: number;
  /** Of those, the unverified ones: said beside the level ("plus an unverified text"). */
  unverifiedSupportingSources: number;
  /** Passages from unverified texts. */
  unverifiedPassages: number;
  /** The firmest supporting passage: verifiable before unverified, then voice, then modality. */
  strongest: { voice: Voice; modality: Modality; source: string } | null;
}

/** Firmer first: the schema lists voices and modalities in that order. */
export const VOICE_RANK: readonly Voice[] = VOICES;
export const MODALITY_RANK: readonly Modality[] = MODALITIES;

/** Lower is firmer: verifiable before unverified, then the voice, then the modality. */
export function firmness(p: Passage, sourceById: ReadonlyMap<string, Source>): number {
  return (
    (fromUnverified(p, sourceById) ? 100 : 0) +
    VOICE_RANK.indexOf(p.voice) * 10 +
    MODALITY_RANK.indexOf(p.modality)
  );
}

export function passageStrength(
  passages: readonly Passage[],
  sourceById: ReadonlyMap<string, Source>,
): Strength {
  const unverified = (p: Passage) => fromUnverified(p, sourceById);
  const supporting = passages.filter((p) => p.stance === 'supports');
  const supportingSources = new Set(supporting.map((p) => p.source));
  const verifiableSources = new Set(supporting.filter((p) => !unverified(p)).map((p) => p.source));
  const level = lineLevel(passages, sourceById);
  const rank = (p: Passage) => firmness(p, sourceById);
  const best = [...supporting].sort((a, b) => rank(a) - rank(b))[0];
  return {
    level,
    passages: passages.length,
    supporting: supporting.length,
    qualifying: passages.length - supporting.length,
    sources: new Set(passages.map((p) => p.source)).size,
    supportingSources: supportingSources.size,
    verifiableSupportingSources: verifiableSources.size,
    unverifiedSupportingSources: supportingSources.size - verifiableSources.size,
    unverifiedPassages: passages.filter(unverified).length,
    strongest: best ? { voice: best.voice, modality: best.modality, source: best.source } : null,
  };
}

export function edgeStrength(edge: GraphEdge, sourceById: ReadonlyMap<string, Source>): Strength {
  return passageStrength(edge.passages, sourceById);
}
