// Lookups derived once from the parsed data, and the resolution of a URL selection
// ("russia", "kazakhstan,russia") into what it names, or a polite reason it names nothing.
import { edgeKey } from './ids';
import type { GraphData, GraphEdge, GraphNode, Source } from './schema';
import { selectionIds, selectionKey, type Selection } from './selection';
import { lineLevel, type StrengthLevel } from './line-level';

export interface GraphIndex {
  data: GraphData;
  node: Map<string, GraphNode>;
  edge: Map<string, GraphEdge>;
  source: Map<string, Source>;
  /** Edges touching each node, focal relations first. */
  edgesOf: Map<string, GraphEdge[]>;
  /** The level each line is drawn at, by edge key (line-level.ts; the full account: strength.ts). */
  strength: Map<string, { level: StrengthLevel }>;
}

export function buildIndex(data: GraphData): GraphIndex {
  const node = new Map(data.nodes.map((n) => [n.id, n]));
  const edge = new Map(data.edges.map((e) => [edgeKey(e.source, e.target), e]));
  const source = new Map(data.sources.map((s) => [s.id, s]));
  const edgesOf = new Map<string, GraphEdge[]>(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    edgesOf.get(e.source)?.push(e);
    edgesOf.get(e.target)?.push(e);
  }
  const strength = new Map(
    [...edge].map(([key, e]) => [key, { level: lineLevel(e.passages, source) }]),
  );
  return { data, node, edge, source, edgesOf, strength };
}

export function otherEnd(e: GraphEdge, id: string): string {
  return e.source === id ? e.target : e.source;
}

export function nodeName(index: GraphIndex, id: string): string {
  return index.node.get(id)?.label ?? id;
}

/**
 * "Kazakhstan – Russia: allied relations": the accessible name docs/contract.md fixes for an edge,
 * with the words drawn on the line (its firmest claim's own, in the reader's language).
 */
export function edgeName(index: GraphIndex, e: GraphEdge): string {
  return `${nodeName(index, e.source)} – ${nodeName(index, e.target)}: ${e.label}`;
}

export type Resolved =
  | { kind: 'node'; node: GraphNode }
  | { kind: 'edge'; edge: GraphEdge }
  | { kind: 'none'; notice: SelectionProblem };

/** Why a selection names nothing; the catalogues word it (notice.*). */
export type SelectionProblem =
  { key: 'noSuchId'; args: [ids: string[]] } | { key: 'noRelation'; args: [a: string, b: string] };

/** Ids come from the URL: every message treats them as plain text, never markup. */
export function resolveSelection(index: GraphIndex, selection: Selection): Resolved {
  const unknown = selectionIds(selection).filter((id) => !index.node.has(id));
  if (unknown.length) {
    return { kind: 'none', notice: { key: 'noSuchId', args: [unknown] } };
  }
  if (selection.kind === 'node') return { kind: 'node', node: index.node.get(selection.id)! };
  const edge = index.edge.get(selectionKey(selection));
  if (edge) return { kind: 'edge', edge };
  const [a, b] = selection.ids;
  return {
    kind: 'none',
    notice: { key: 'noRelation', args: [nodeName(index, a), nodeName(index, b)] },
  };
}
