// Pure layout: simulation nodes and links, the force settings (shared with the worker), and
// the settled positions the build can ship. Starting positions are in layout-start.ts, the
// geometry the painters draw in geometry.ts. No React and no DOM here, so all of it is tested.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { edgeKey } from '@/model/ids';
import type { GraphEdge, GraphNode, NodeKind, Relation } from '@/model/schema';
import {
  estimateLabelWidth,
  nodeRadius,
  radialStart,
  ringOrder,
  seededRandom,
} from './layout-start';
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
  simulation: Simulation<LayoutNode, LayoutLink>;
}

/**
 * Ticks for the simulation to cool (alpha from 1 to its minimum): 300 for curated graphs, 170 for
 * large ones up to about 1,700 nodes, then fewer with size, down to 100 from 5,000 nodes, where
 * one tick costs tens of milliseconds and the radial start leaves less to untangle.
 */
export function coolingTicks(nodeCount: number): number {
  if (sizeClass(nodeCount) === 'curated') return 300;
  return Math.round(Math.min(170, Math.max(100, 170 * Math.sqrt(1000 / nodeCount) * 1.3)));
}

/** The label's line box: a little over the font size, for accents and descenders. */
export const LABEL_HEIGHT = 20;

/** Positions by node id, as the build or a worker computes them. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Builds a stopped simulation. Nodes start on a circle in data order around the focal node,
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
  const simulation = createSimulation(nodes, links, seed);
  // Started from a finished layout: cool, so nothing moves until someone drags.
  if (positions) simulation.alpha(simulation.alphaMin());
  return { nodes, links, simulation };
}

/** The forces, the same on the main thread and in the worker (sim.worker.ts). */
export function createSimulation<N extends SimNode, L extends SimulationLinkDatum<N>>(
  nodes: N[],
  links: L[],
  seed = 7,
): Simulation<N, L> {
  const large = sizeClass(nodes.length) === 'large';
  const focal = (l: L) => (l.source as N).focal || (l.target as N).focal;
  return (
    forceSimulation<N, L>(nodes)
      .randomSource(seededRandom(seed))
      .force(
        'link',
        forceLink<N, L>(links)
          .distance((l) => (focal(l) ? 215 : 120))
          .strength((l) => (focal(l) ? 0.7 : 0.35)),
      )
      .force(
        'charge',
        forceManyBody<N>()
          .strength(large ? -30 : -900)
          .distanceMax(large ? 200 : 900)
          .theta(large ? 1.2 : 0.9),
      )
      .force('collide', forceCollide<N>((n) => n.r + (large ? 2 : 34)).iterations(large ? 1 : 2))
      .force('x', forceX<N>(0).strength(large ? 0.01 : 0.04))
      .force('y', forceY<N>(0).strength(large ? 0.015 : 0.06))
      // Large graphs cool in fewer ticks (see coolingTicks): the animated layout stops (and the
      // page goes idle) sooner, at the cost of a little polish nobody sees among 1,000 nodes.
      .alphaDecay(1 - Math.pow(0.001, 1 / coolingTicks(nodes.length)))
      .stop()
  );
}

/** What the forces need of a node, so the worker can simulate without the layout's extras. */
export interface SimNode extends SimulationNodeDatum {
  r: number;
  focal: boolean;
}

/** Runs the simulation to rest without drawing: for reduced motion and for the first paint. */
export function settle(layout: Pick<Layout, 'simulation'>, maxTicks = 400): number {
  const sim = layout.simulation;
  let ticks = 0;
  while (sim.alpha() > sim.alphaMin() && ticks < maxTicks) {
    sim.tick();
    ticks++;
  }
  return ticks;
}

/**
 * The settled layout of a graph, by node id, rounded to a tenth: what the build ships with the
 * map so the browser does no layout for it. Pure and deterministic (Node or browser).
 */
export function settledPositions(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
): Map<string, { x: number; y: number }> {
  const layout = createLayout(graphNodes, graphEdges);
  settle(layout);
  const r = (v: number) => Math.round(v * 10) / 10;
  return new Map(layout.nodes.map((n) => [n.id, { x: r(n.x), y: r(n.y) }]));
}
