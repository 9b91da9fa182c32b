import { useT } from '@/i18n/catalogue';
import { KINDS, RELATIONS } from '@/model/relations';
import type { GraphData } from '@/model/schema';
import { useUi } from '@/store/store';
import { NodeShape } from './node-shape';

/** Only what the map shows: kinds and relation types present in the data. */
export function Legend({ data }: { data: GraphData }) {
  const embed = useUi((s) => s.embed);
  const t = useT();
  const kinds = KINDS.filter((k) => data.nodes.some((n) => n.kind === k && !n.focal));
  const relations = RELATIONS.filter((r) => data.edges.some((e) => e.relation === r));
  return (
    // Open on wide screens; on a phone or in an embed it starts folded, leaving the map room.
    <details className="legend" open={!embed && !matchMedia('(max-width: 720px)').matches}>
      <summary>{t.graph.legend}</summary>
      <ul className="legend-list" aria-label={t.graph.entityKinds}>
        {kinds.map((k) => (
          <li key={k}>
            <svg className={`legend-swatch node--${k}`} viewBox="-12 -12 24 24" aria-hidden="true">
              <NodeShape className="node-shape" kind={k} r={8} />
            </svg>
            {t.kind[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-list" aria-label={t.graph.relationKinds}>
        {relations.map((r) => (
          <li key={r}>
            <svg
              className="legend-swatch legend-swatch--line"
              viewBox="0 0 36 12"
              aria-hidden="true"
            >
              <line className={`edge-line edge--${r}`} x1="2" y1="6" x2="34" y2="6" />
            </svg>
            {t.relation[r]}
          </li>
        ))}
      </ul>
    </details>
  );
}
