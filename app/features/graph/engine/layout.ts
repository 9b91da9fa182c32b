// Pure layout: simulation nodes and links, built from the data and given positions, with their
// sizes. No d3-force here (simulation.ts has the forces and, with layout-start.ts, the start of
// a map nothing has laid out; loaded only when a map must be laid out or someone drags), no
// React and no DOM, so all of it is tested. The geometry the painters draw is in geometry.ts.
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { edgeKey } from '@/model/ids';
import type { GraphEdge, GraphNode, NodeKind, Relation } from '@/model/schema';

export const FOCAL_RADIUS = 46;

export function nodeRadius(node: Pick<GraphNode, 'kind' | 'focal'>): number {
  if (node.focal) return FOCAL_RADIUS;
  return node.kind === 'region' ? 17 : 15;
}

/** 14px semibold system sans averages about 8.4px a character; a slight overestimate is safe. */
export function estimateLabelWidth(text: string, px = 14): number {
  return Math.ceil(text.length * px * 0.6);
}

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  kind: NodeKind;
  focal: boolean;
  r: number;
  /** Width and height of the node's label at its world size (14 px): estimated, then measured. */
  labelWidth: number;
  labelHeight: number;
  x: number;
  y: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  key: string;
  relation: Relation;
  source: LayoutNode;
  target: LayoutNode;
}

export interface Layout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  /** Started from a finished layout: its simulation starts cool, so nothing moves until a drag. */
  atRest: boolean;
  /** The seed of the simulation's random source. */
  seed: number;
}

/** The label's line box: a little over the font size, for accents and descenders. */
export const LABEL_HEIGHT = 20;

/** Positions by node id, as the build or a worker computes them. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Builds the nodes and links a simulation moves (simulation.ts), at the given positions: the
 * build's settled layout of the shipped map (at rest: nothing moves until someone drags), or
 * the start of a map to lay out (simulation.ts freshLayout). The focal node is pinned.
 */
export function createLayout(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
  positions: Positions,
  atRest = true,
  seed = 7,
): Layout {
  // `index` as d3-force will number them (the canvas painter reads it), before any simulation
  // has run: the shipped map's simulation loads only when someone drags.
  const nodes: LayoutNode[] = graphNodes.map((n, index) => {
    const r = nodeRadius(n);
    const labelWidth = estimateLabelWidth(n.focal ? n.label : (n.short ?? n.label));
    const labelHeight = LABEL_HEIGHT;
    const base = { id: n.id, index, kind: n.kind, r, labelWidth, labelHeight };
    const { x, y } = positions.get(n.id) ?? { x: 0, y: 0 };
    return n.focal ? { ...base, focal: true, x, y, fx: x, fy: y } : { ...base, focal: false, x, y };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: LayoutLink[] = graphEdges.map((e, index) => ({
    index,
    key: edgeKey(e.source, e.target),
    relation: e.relation,
    source: byId.get(e.source)!,
    target: byId.get(e.target)!,
  }));
  return { nodes, links, atRest, seed };
}
