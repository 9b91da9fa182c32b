import { useT } from '@/i18n/catalogue';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import type { GraphEdge } from '@/model/schema';

/** One relation as a way into its evidence. */
export function RelationButton(props: {
  edge: GraphEdge;
  index: GraphIndex;
  from?: string;
  onSelect: (ids: string[]) => void;
}) {
  const { edge, index, from, onSelect } = props;
  const t = useT();
  const other = from ? (edge.source === from ? edge.target : edge.source) : null;
  const qualifies = edge.passages.filter((p) => p.stance === 'qualifies').length;
  const level = index.strength.get(edgeKey(edge.source, edge.target))?.level ?? 'single';
  return (
    <button
      type="button"
      className={`relation-button edge--${edge.relation}`}
      aria-label={`${edgeName(index, edge)}, ${t.evidence.passages(edge.passages.length)}, ${t.honesty.level[level]}`}
      onClick={() => onSelect([edge.source, edge.target])}
    >
      <svg className="legend-swatch legend-swatch--line" viewBox="0 0 36 12" aria-hidden="true">
        <line
          className={`edge-line edge--${edge.relation} strength--${level}`}
          x1="2"
          y1="6"
          x2="34"
          y2="6"
        />
      </svg>
      <span className="relation-name">
        {other ? index.node.get(other)?.label : edgeName(index, edge).split(':')[0]}
      </span>
      <span className="relation-type">{edge.label}</span>
      <span className="relation-count">
        {edge.passages.length}
        {qualifies ? ` ${t.evidence.qualifyingCount(qualifies)}` : ''}
      </span>
    </button>
  );
}
