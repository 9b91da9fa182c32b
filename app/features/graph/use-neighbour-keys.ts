// Arrow keys on a focused node move focus between neighbours (see neighbour-nav.ts) and
// announce where focus landed in a polite live region, written to the DOM: moving focus
// never re-renders the map.
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useT } from '@/i18n/catalogue';
import { nodeName, otherEnd, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/schema';
import type { LayoutNode } from './layout';
import { clockwise, move, type NavState } from './neighbour-nav';
import type { Registry } from './draw';

export function useNeighbourKeys(
  index: GraphIndex,
  layoutNode: Map<string, LayoutNode>,
  registry: Registry,
  isShown: (id: string) => boolean,
) {
  const nav = useRef<NavState>({ hub: null, at: null });
  const t = useT();

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (!e.key.startsWith('Arrow') || e.altKey || e.ctrlKey || e.metaKey) return;
      const focused = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
      if (!focused) return;
      e.preventDefault();
      const neighbours = (id: string) => {
        const c = layoutNode.get(id);
        const pts = (index.edgesOf.get(id) ?? [])
          .filter((edge) => isShown(edgeKey(edge.source, edge.target)))
          .map((edge) => layoutNode.get(otherEnd(edge, id)))
          .filter((n): n is LayoutNode => !!n)
          .map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0 }));
        return c ? clockwise({ x: c.x ?? 0, y: c.y ?? 0 }, pts).map((p) => p.id) : [];
      };
      const m = move(e.key, focused, nav.current, neighbours);
      let message: string;
      if (!m) {
        message =
          e.key === 'ArrowUp'
            ? t.graph.neighboursHint(nodeName(index, focused))
            : t.graph.noNeighbours(nodeName(index, focused));
      } else {
        nav.current = { hub: m.hub, at: m.to };
        registry.nodes.get(m.to)?.root.focus();
        const edge = m.hub ? index.edge.get(edgeKey(m.hub, m.to)) : undefined;
        message =
          m.hub && edge && m.position
            ? t.graph.neighbour(
                nodeName(index, m.to),
                index.relationLabel[edge.relation],
                m.position[0],
                m.position[1],
                nodeName(index, m.hub),
              )
            : t.graph.backTo(nodeName(index, m.to));
      }
      // The map's live region (data-announcer), found from the event rather than held in a ref.
      const live = e.currentTarget.closest('.graph')?.querySelector('[data-announcer]');
      if (live) live.textContent = message;
    },
    [index, layoutNode, registry, isShown, t],
  );
  return onKeyDown;
}
