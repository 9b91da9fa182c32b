// Pure layout: simulation nodes and links, built from the data, where each node starts. No
// d3-force here (simulation.ts has the forces, loaded only when a map must be laid out or someone
// drags), no React and no DOM, so all of it is tested. Starting positions are in layout-start.ts,
// the geometry the painters draw in geometry.ts.
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { edgeKey } from '@/model/ids';
import type { GraphEdge, GraphNode, NodeKind, Relation } from '@/model/schema';
import { estimateLabelWidth, nodeRadius, radialStart, ringOrder } from './layout-start';
import { sizeClass } from './size-class';

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
 * Builds the nodes and links a simulation moves (simulation.ts). Nodes start on a circle in data order around the focal node,
 * which is pinned at the origin, so the result depends only on the data. Given `positions`
 * (a layout computed earlier, at build time for the shipped map), nodes start there instead.
 */
export function createLayout(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
  seed = 7,
  positions?: Positions,
): Layout {
  const large = sizeClass(graphNodes.length) === 'large';
  const start = positions ?? (large ? radialStart(graphNodes, graphEdges) : null);
  const slot = new Map(start ? [] : ringOrder(graphNodes, graphEdges).map((id, i) => [id, i]));
  const others = slot.size || 1;
  const nodes: LayoutNode[] = graphNodes.map((n) => {
    const r = nodeRadius(n);
    const labelWidth = estimateLabelWidth(n.focal ? n.label : (n.short ?? n.label));
    const labelHeight = LABEL_HEIGHT;
    const base = { id: n.id, kind: n.kind, r, labelWidth, labelHeight };
    const p = start?.get(n.id);
    if (n.focal) {
      const x = p?.x ?? 0, y = p?.y ?? 0; // prettier-ignore
      return { ...base, focal: true, x, y, fx: x, fy: y };
    }
    if (p) return { ...base, focal: false, x: p.x, y: p.y };
    const i = slot.get(n.id) ?? 0;
    const angle = (2 * Math.PI * i) / others - Math.PI / 2;
    const ring = 200 + 40 * ((i + 1) % 2);
    return { ...base, focal: false, x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: LayoutLink[] = graphEdges.map((e) => ({
    key: edgeKey(e.source, e.target),
    relation: e.relation,
    source: byId.get(e.source)!,
    target: byId.get(e.target)!,
  }));
  return { nodes, links, atRest: !!positions, seed };
}
