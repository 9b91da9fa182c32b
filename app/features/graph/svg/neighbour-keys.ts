// What an arrow key on a focused node does (use-neighbour-keys.ts loads this just after the
// first view): moves focus to a neighbour (see neighbour-nav.ts) and says where it landed.
import type { Catalogue } from '@/i18n/en';
import { nodeName, otherEnd, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import type { Registry } from './svg-writer';
import type { LayoutNode } from '../engine/layout';
import { clockwise, move, type NavState } from '../view/neighbour-nav';

export interface NeighbourKey {
  key: string;
  focused: string;
  nav: NavState;
  index: GraphIndex;
  layoutNode: Map<string, LayoutNode>;
  registry: Registry;
  isShown: (id: string) => boolean;
  t: Catalogue;
}

/** Moves focus for the key; returns the new navigation state and what to announce. */
export function neighbourKey(k: NeighbourKey): { nav: NavState; message: string } {
  const { index, layoutNode, isShown, focused, t } = k;
  const neighbours = (id: string) => {
    const c = layoutNode.get(id);
    const pts = (index.edgesOf.get(id) ?? [])
      .filter((edge) => isShown(edgeKey(edge.source, edge.target)))
      .map((edge) => layoutNode.get(otherEnd(edge, id)))
      .filter((n): n is LayoutNode => !!n)
      .map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0 }));
    return c ? clockwise({ x: c.x ?? 0, y: c.y ?? 0 }, pts).map((p) => p.id) : [];
  };
  const m = move(k.key, focused, k.nav, neighbours);
  if (!m) {
    const message =
      k.key === 'ArrowUp'
        ? t.graph.neighboursHint(nodeName(index, focused))
        : t.graph.noNeighbours(nodeName(index, focused));
    return { nav: k.nav, message };
  }
  k.registry.nodes.get(m.to)?.root.focus();
  const edge = m.hub ? index.edge.get(edgeKey(m.hub, m.to)) : undefined;
  const message =
    m.hub && edge && m.position
      ? t.graph.neighbour(
          nodeName(index, m.to),
          edge.label,
          m.position[0],
          m.position[1],
          nodeName(index, m.hub),
        )
      : t.graph.backTo(nodeName(index, m.to));
  return { nav: { hub: m.hub, at: m.to }, message };
}
