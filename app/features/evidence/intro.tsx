import { memo, useMemo } from 'react';
import { useT } from '@/i18n/catalogue';
import { stepSlices, useSteps } from '@/lib/use-steps';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { RelationButton } from './relation-button';

/** Other ties rendered per task (use-steps.ts): a large graph has thousands of them. */
const STEP = 200;

/** The "nothing selected" state: how to read the map, and every relation as a way in. */
export function Intro({
  index,
  onSelect,
}: {
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const t = useT();
  // Memoised on the data: the slices below are memoised on `others`, which must keep its identity.
  const { focal, edges, others } = useMemo(() => {
    const focal = index.data.nodes.find((n) => n.focal);
    const edges = focal ? (index.edgesOf.get(focal.id) ?? []) : index.data.edges;
    const own = new Set(edges);
    return { focal, edges, others: index.data.edges.filter((e) => !own.has(e)) };
  }, [index]);
  const listed = useSteps(others.length, STEP);
  const passages = index.data.edges.reduce((n, e) => n + e.passages.length, 0);
  return (
    <div className="intro">
      <p>
        {t.evidence.intro(index.data.sources.length, passages)}{' '}
        <span className="stance stance--qualifies">{t.evidence.stanceBadge.qualifies}</span>.
      </p>
      <h3 className="panel-subhead">
        {focal ? t.evidence.focalRelations(focal.label) : t.evidence.relations}
      </h3>
      <ul className="relation-list">
        {edges.map((e) => (
          <li key={`${e.source},${e.target}`}>
            <RelationButton edge={e} index={index} from={focal?.id} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {others.length ? (
        <>
          <h3 className="panel-subhead">{t.evidence.otherTies}</h3>
          <ul className="relation-list">
            {stepSlices(listed, STEP).map(([from, to]) => (
              <Ties
                key={from}
                edges={others}
                from={from}
                to={to}
                index={index}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The other ties from one index to another: a memoised slice, rendered once. */
const Ties = memo(function Ties(props: {
  edges: GraphEdge[];
  from: number;
  to: number;
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const { edges, from, to, index, onSelect } = props;
  return edges.slice(from, to).map((e) => (
    <li key={`${e.source},${e.target}`}>
      <RelationButton edge={e} index={index} onSelect={onSelect} />
    </li>
  ));
});
