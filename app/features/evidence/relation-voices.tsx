import { useT } from '@/i18n/catalogue';
import { claimsOf, firmestSupport, isContested } from '@/model/claims';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { reliabilityOf } from '@/model/strength';
import { ReliabilityMark } from './reliability-mark';

/**
 * How the voices put it: the words each passage uses for the relation, side by side with who
 * speaks, how firmly and in which text, firmest first (claims.ts). The firmest supporting
 * passage's words are drawn on the line and marked so; where the voices pull apart (words of
 * different families, or a second text qualifying the first) the section says so first.
 */
export function RelationVoices({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const t = useT();
  const firmest = new Set(firmestSupport(edge, index.source));
  const seen = new Set<string>();
  const claims = claimsOf(edge, index.source).filter((c) => {
    const key = `${c.words}|${c.passage.voice}|${c.passage.modality}|${c.passage.source}`;
    const fresh = c.words !== null && !seen.has(key);
    seen.add(key);
    return fresh;
  });
  const contested = isContested(edge);
  if (!claims.length && !contested) return null;
  return (
    <section className="terms" aria-label={t.honesty.voices}>
      <h3 className="panel-subhead">{t.honesty.voices}</h3>
      {contested ? (
        <p className="contested-note">
          <strong>{t.honesty.contested}</strong> {t.honesty.contestedWhy}
        </p>
      ) : null}
      <ul className="terms-list">
        {claims.map(({ words, passage }) => {
          const source = index.source.get(passage.source);
          const who = passage.speaker ? `${passage.speaker.name}, ` : '';
          return (
            <li key={`${words}|${passage.voice}|${passage.modality}|${passage.source}`}>
              <q lang="en">{words}</q>{' '}
              <span className="term-by">
                — {who}
                {t.honesty.voice[passage.voice]}, {t.honesty.modality[passage.modality]}
                {source ? ` (${source.label})` : ''}
              </span>{' '}
              {passage.stance === 'qualifies' ? (
                <span className="stance stance--qualifies">{t.evidence.stanceBadge.qualifies}</span>
              ) : null}
              {firmest.has(passage) ? (
                <span className="term-drawn">{t.honesty.drawnOnLine}</span>
              ) : null}
              {source ? <ReliabilityMark reliability={reliabilityOf(source)} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
