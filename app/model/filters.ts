// Which elements of the map a set of filters leaves visible. Pure, so the graph, the table and
// the search all agree, and it is unit-tested. Filtering never touches the layout: the graph
// only dims what is filtered out, so nothing jumps.
import { edgeKey } from './ids';
import type { GraphEdge, NodeKind, Relation } from './schema';
import type { GraphIndex } from './graph-index';

export type Stance = 'supports' | 'qualifies';

export interface Filters {
  /** Relation types to show; empty means all. */
  relations: Relation[];
  /** Entity kinds to show; empty means all. The focal country is always shown. */
  kinds: NodeKind[];
  /** Show only relations with at least one passage of this stance; null means any. */
  stance: Stance | null;
}

export const NO_FILTERS: Filters = { relations: [], kinds: [], stance: null };

export function isFiltering(f: Filters): boolean {
  return f.relations.length > 0 || f.kinds.length > 0 || f.stance !== null;
}

export interface Visible {
  /** Node ids and edge keys ("a,b") that stay in view. */
  has: (id: string) => boolean;
  edges: GraphEdge[];
}

export function visibleElements(index: GraphIndex, f: Filters): Visible {
  const { nodes, edges } = index.data;
  const kindOk = new Set(
    nodes.filter((n) => n.focal || !f.kinds.length || f.kinds.includes(n.kind)).map((n) => n.id),
  );
  const shownEdges = edges.filter(
    (e) =>
      kindOk.has(e.source) &&
      kindOk.has(e.target) &&
      (!f.relations.length || f.relations.includes(e.relation)) &&
      (!f.stance || e.passages.some((p) => p.stance === f.stance)),
  );
  const shown = new Set<string>();
  const edgeFilters = f.relations.length > 0 || f.stance !== null;
  for (const n of nodes) {
    // With a relation or stance filter, an entity stays only if one of its shown ties does.
    if (kindOk.has(n.id) && (n.focal || !edgeFilters)) shown.add(n.id);
  }
  for (const e of shownEdges) shown.add(e.source).add(e.target).add(edgeKey(e.source, e.target));
  return { has: (id) => shown.has(id), edges: shownEdges };
}
