import { lazy, Suspense, useMemo } from 'react';
import { useT } from '@/i18n/catalogue';
import { lineEvidence } from '@/model/counts';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { RelationButton } from './relation-button';

// A large graph's lists (thousands of ties) are added in steps by a lazy chunk.
const LongRelationList = lazy(() => import('./long-relation-list'));
/** Up to this many relations a list is rendered at once (long-relation-list.tsx's step). */
const AT_ONCE = 200;

/** The "nothing selected" state: how to read the map, and every relation as a way in. */
export function Intro({
  index,
  onSelect,
}: {
  index: GraphIndex;
  onSelect: (ids: string[]) => void;
}) {
  const t = useT();
  // Memoised on the data: a long list's slices are memoised on its edges, which must keep their
  // identity.
  const { focal, edges, others } = useMemo(() => {
    const focal = index.data.nodes.find((n) => n.focal);
    const edges = focal ? (index.edgesOf.get(focal.id) ?? []) : index.data.edges;
    const own = new Set(edges);
    return { focal, edges, others: index.data.edges.filter((e) => !own.has(e)) };
  }, [index]);
  const lines = lineEvidence(index.data);
  return (
    <div className="intro">
      <p>
        {t.evidence.intro(lines.sources, index.data.sources.length, lines.passages)}{' '}
        <span className="stance stance--qualifies">{t.evidence.stanceBadge.qualifies}</span>.
      </p>
      <h3 className="panel-subhead">
        {focal ? t.evidence.focalRelations(focal.label) : t.evidence.relations}
      </h3>
      <RelationList edges={edges} index={index} from={focal?.id} onSelect={onSelect} />
      {others.length ? (
        <>
          <h3 className="panel-subhead">{t.evidence.otherTies}</h3>
          <RelationList edges={others} index={index} onSelect={onSelect} />
        </>
      ) : null}
    </div>
  );
}

/** Relations as ways in: all at once, or a long list in steps. */
function RelationList(props: {
  edges: GraphEdge[];
  index: GraphIndex;
  from?: string;
  onSelect: (ids: string[]) => void;
}) {
  const { edges, index, from, onSelect } = props;
  if (edges.length > AT_ONCE)
    return (
      <Suspense fallback={null}>
        <LongRelationList {...props} />
      </Suspense>
    );
  return (
    <ul className="relation-list">
      {edges.map((e) => (
        <li key={`${e.source},${e.target}`}>
          <RelationButton edge={e} index={index} from={from} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
