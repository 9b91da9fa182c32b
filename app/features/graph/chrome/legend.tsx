import { useLayoutEffect, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import { KINDS, RELATIONS } from '@/model/relations';
import type { GraphData } from '@/model/schema';
import { STRENGTH_LEVELS } from '@/model/line-level';
import { useUi } from '@/store/store';
import { NodeShape } from './node-shape';
import { FAMILIES, FAMILY_OF } from '../view/palette';

const STRENGTH_WORDS = {
  several: 'strengthSeveral',
  single: 'strengthSingle',
  unverified: 'strengthUnverified',
} as const;

/**
 * Only what the map shows: kinds of entity (by shape), relation types by colour family (each
 * colour once, with the types it stands for), and what a line's weight and dots say about the
 * evidence.
 */
export function Legend({ data }: { data: GraphData }) {
  const embed = useUi((s) => s.embed);
  const t = useT();
  // The first render is the same everywhere (it is prerendered); a phone folds it before paint.
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (details.current && matchMedia('(max-width: 720px)').matches) details.current.open = false;
  }, []);
  const kinds = KINDS.filter((k) => data.nodes.some((n) => n.kind === k && !n.focal));
  const relations = RELATIONS.filter((r) => data.edges.some((e) => e.relation === r));
  const families = FAMILIES.map((f) => [f, relations.filter((r) => FAMILY_OF[r] === f)] as const);
  const line = (className: string) => (
    <svg className="legend-swatch legend-swatch--line" viewBox="0 0 36 12" aria-hidden="true">
      <line className={`edge-line ${className}`} x1="3" y1="6" x2="33" y2="6" />
    </svg>
  );
  return (
    // Open on wide screens; on a phone or in an embed it starts folded, leaving the map room.
    <details className="legend" ref={details} open={!embed}>
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
      <ul className="legend-list" aria-label={t.graph.relationColours}>
        {families.map(([f, rs]) =>
          rs.length ? (
            <li key={f}>
              {line(`edge--${rs[0]} strength--several`)}
              {rs.map((r) => t.relation[r]).join(', ')}
            </li>
          ) : null,
        )}
      </ul>
      <ul className="legend-list" aria-label={t.graph.strength}>
        {STRENGTH_LEVELS.map((level) => (
          <li key={level}>
            {line(`legend-neutral strength--${level}`)}
            {t.graph[STRENGTH_WORDS[level]]}
          </li>
        ))}
      </ul>
    </details>
  );
}
