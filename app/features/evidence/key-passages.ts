// The passages a presentation slide shows for a step: the one to three that carry the claim.
// Supporting passages first (a qualification does not carry the claim; the slide says how many
// there are and "All passages" shows them), firmest first by the same order as the strength
// of a line (strength.ts: verifiable before unverified, then voice, then modality), one per
// source before a second from the same source, shorter before longer among equals (a slide
// has one screen). Pure, so the choice is unit-tested.
import type { Passage, Source } from '@/model/schema';
import { MODALITY_RANK, reliabilityOf, VOICE_RANK } from '@/model/strength';

export const MAX_KEY_PASSAGES = 3;

export function keyPassages(
  passages: readonly Passage[],
  sourceById: ReadonlyMap<string, Source>,
  max = MAX_KEY_PASSAGES,
): Passage[] {
  const rank = (p: Passage) => {
    const source = sourceById.get(p.source);
    const unverified = !source || reliabilityOf(source) === 'unverified';
    return (
      (p.stance === 'supports' ? 0 : 1000) +
      (unverified ? 100 : 0) +
      VOICE_RANK.indexOf(p.voice) * 10 +
      MODALITY_RANK.indexOf(p.modality)
    );
  };
  const ranked = passages
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.p.text.length - b.p.text.length || a.i - b.i)
    .map((x) => x.p);
  // Qualifying passages only when nothing supports: the slide still shows what the texts say.
  const supporting = ranked.filter((p) => p.stance === 'supports');
  const pool = supporting.length ? supporting : ranked;
  const seen = new Set<string>();
  const firstPerSource = pool.filter((p) => !seen.has(p.source) && seen.add(p.source));
  const rest = pool.filter((p) => !firstPerSource.includes(p));
  return [...firstPerSource, ...rest].slice(0, max);
}
