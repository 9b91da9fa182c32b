import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { termCarriesLabel } from '@/model/label-terms';
import type { GraphEdge, Passage } from '@/model/schema';
import { reliabilityOf } from '@/model/strength';
import { ReliabilityMark } from './reliability-mark';

interface Row {
  term: string;
  passage: Passage;
}

/**
 * The words the texts themselves use for the relation, each with who uses it and how firmly:
 * first the words that carry the map's label, then other wording (a stronger or a different
 * term: "strategic partnership" under "constructive partner"), so neither is silently chosen.
 */
export function RelationTerms({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const t = useT();
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const passage of edge.passages) {
    for (const term of passage.terms) {
      const key = `${term}|${passage.voice}|${passage.modality}|${passage.source}`;
      if (!seen.has(key)) rows.push({ term, passage });
      seen.add(key);
    }
  }
  if (!rows.length) return null;
  const carrying = rows.filter((r) => termCarriesLabel(edge.relation, r.term));
  const other = rows.filter((r) => !termCarriesLabel(edge.relation, r.term));
  const list = (items: Row[]) => (
    <ul className="terms-list">
      {items.map(({ term, passage }) => {
        const source = index.source.get(passage.source);
        return (
          <li key={`${term}|${passage.voice}|${passage.source}`}>
            <q lang="en">{term}</q>{' '}
            <span className="term-by">
              — {t.honesty.voice[passage.voice]}, {t.honesty.modality[passage.modality]}
            </span>
            {source ? <ReliabilityMark reliability={reliabilityOf(source)} /> : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <section className="terms" aria-label={t.honesty.terms}>
      <h3 className="panel-subhead">{t.honesty.terms}</h3>
      {carrying.length ? (
        <>
          <p className="terms-group">{t.honesty.termCarries}</p>
          {list(carrying)}
        </>
      ) : null}
      {other.length ? (
        <>
          <p className="terms-group terms-group--differs">{t.honesty.termDiffers}</p>
          {list(other)}
        </>
      ) : null}
    </section>
  );
}
