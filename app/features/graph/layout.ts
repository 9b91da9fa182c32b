// Pure layout: simulation nodes and links, force settings, seeded initial positions and the
// geometry the view draws (trimmed edges, the bounds of nodes and their placed labels).
// No React and no DOM here, so all of it is unit-tested.
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
import {
  edgeKey,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type Relation,
} from '@/model/schema';

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

export const FOCAL_RADIUS = 46;

export function nodeRadius(node: Pick<GraphNode, 'kind' | 'focal'>): number {
  if (node.focal) return FOCAL_RADIUS;
  return node.kind === 'region' ? 17 : 15;
}

/** A small deterministic PRNG (mulberry32) so the same data always gives the same map. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 14px semibold system sans averages about 8.4px a character; a slight overestimate is safe. */
export function estimateLabelWidth(text: string, px = 14): number {
  return Math.ceil(text.length * px * 0.6);
}

/**
 * The order of the non-focal nodes around the focal one. Nodes tied to each other (Russia and
 * the organisations it shares with Kazakhstan) start side by side, the best-connected in the
 * middle of its group, so their own edges do not have to cross the focal node's spokes.
 */
export function ringOrder(graphNodes: GraphNode[], graphEdges: GraphEdge[]): string[] {
  const focal = new Set(graphNodes.filter((n) => n.focal).map((n) => n.id));
  const links = new Map<string, string[]>(graphNodes.map((n) => [n.id, []]));
  for (const e of graphEdges) {
    if (focal.has(e.source) || focal.has(e.target)) continue;
    links.get(e.source)?.push(e.target);
    links.get(e.target)?.push(e.source);
  }
  const placed = new Set<string>();
  const order: string[] = [];
  for (const n of graphNodes) {
    if (focal.has(n.id) || placed.has(n.id)) continue;
    // The node's group, found breadth-first from its best-connected member.
    const group: string[] = [n.id];
    placed.add(n.id);
    for (let i = 0; i < group.length; i++) {
      for (const m of links.get(group[i]!) ?? []) {
        if (!placed.has(m)) {
          placed.add(m);
          group.push(m);
        }
      }
    }
    const centre = group.reduce((a, b) =>
      (links.get(b)?.length ?? 0) > (links.get(a)?.length ?? 0) ? b : a,
    );
    const rest = group.filter((id) => id !== centre);
    const half = Math.floor(rest.length / 2);
    order.push(...rest.slice(0, half), centre, ...rest.slice(half));
  }
  return order;
}

/**
 * Starting points for a large graph: a radial tree grown breadth-first from the focal node, each
 * subtree in a wedge as wide as its share of the nodes, each depth on a ring whose radius keeps
 * the density even (a disc of about `spacing` per node). Neighbours start near each other, so
 * the simulation untangles far less than from one crowded ring, and settles in fewer ticks.
 */
export function radialStart(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
  spacing = 36,
): Map<string, { x: number; y: number }> {
  const adjacent = new Map<string, string[]>(graphNodes.map((n) => [n.id, []]));
  for (const e of graphEdges) {
    adjacent.get(e.source)?.push(e.target);
    adjacent.get(e.target)?.push(e.source);
  }
  const roots = graphNodes.filter((n) => n.focal).map((n) => n.id);
  const parent = new Map<string, string | null>(roots.map((id) => [id, null]));
  const depth = new Map<string, number>(roots.map((id) => [id, 0]));
  const order = [...roots];
  for (let i = 0; i < order.length; i++) {
    for (const m of adjacent.get(order[i]!) ?? []) {
      if (parent.has(m)) continue;
      parent.set(m, order[i]!);
      depth.set(m, depth.get(order[i]!)! + 1);
      order.push(m);
    }
  }
  // Unreached nodes (no path to the focal node) go on an outer ring.
  const outer = Math.max(0, ...depth.values()) + 1;
  for (const n of graphNodes) {
    if (!parent.has(n.id)) {
      parent.set(n.id, null);
      depth.set(n.id, outer);
      order.push(n.id);
    }
  }
  const size = new Map<string, number>(order.map((id) => [id, 1]));
  const children = new Map<string, string[]>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const up = parent.get(id);
    if (up === null || up === undefined) continue;
    size.set(up, size.get(up)! + size.get(id)!);
    children.set(up, [id, ...(children.get(up) ?? [])]);
  }
  // Ring radius by depth: all nodes up to that depth fill a disc of `spacing` per node.
  const upTo: number[] = [];
  for (const d of depth.values()) upTo[d] = (upTo[d] ?? 0) + 1;
  const radius: number[] = [];
  let count = 0;
  for (let d = 0; d < upTo.length; d++) {
    count += upTo[d] ?? 0;
    radius[d] = d === 0 ? 0 : spacing * Math.sqrt(count / Math.PI) + FOCAL_RADIUS;
  }
  const at = new Map<string, { x: number; y: number }>();
  const place = (id: string, from: number, to: number) => {
    const a = (from + to) / 2 - Math.PI / 2;
    const r = radius[depth.get(id)!]!;
    at.set(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    const kids = children.get(id) ?? [];
    const total = kids.reduce((sum, k) => sum + size.get(k)!, 0);
    let start = from;
    for (const k of kids) {
      const end = start + ((to - from) * size.get(k)!) / total;
      place(k, start, end);
      start = end;
    }
  };
  const tops = order.filter((id) => parent.get(id) === null);
  const all = tops.reduce((sum, id) => sum + size.get(id)!, 0);
  let start = 0;
  for (const id of tops) {
    const end = start + (2 * Math.PI * size.get(id)!) / all;
    place(id, start, end);
    start = end;
  }
  return at;
}

/** Above this many nodes the layout uses the settings (and start) meant for large graphs. */
export const LARGE = 200;

/**
 * Ticks for the simulation to cool (alpha from 1 to its minimum): 300 for curated graphs, 170 for
 * large ones up to about 1,700 nodes, then fewer with size, down to 100 from 5,000 nodes, where
 * one tick costs tens of milliseconds and the radial start leaves less to untangle.
 */
export function coolingTicks(nodeCount: number): number {
  if (nodeCount <= LARGE) return 300;
  return Math.round(Math.min(170, Math.max(100, 170 * Math.sqrt(1000 / nodeCount) * 1.3)));
}

/** The label's line box: a little over the font size, for accents and descenders. */
export const LABEL_HEIGHT = 20;

/**
 * Builds a stopped simulation. Nodes start on a circle in data order around the focal node,
 * which is pinned at the origin, so the result depends only on the data.
 */
export function createLayout(graphNodes: GraphNode[], graphEdges: GraphEdge[], seed = 7): Layout {
  const large = graphNodes.length > LARGE;
  const start = large ? radialStart(graphNodes, graphEdges) : null;
  const slot = new Map(large ? [] : ringOrder(graphNodes, graphEdges).map((id, i) => [id, i]));
  const others = slot.size || 1;
  const nodes: LayoutNode[] = graphNodes.map((n) => {
    const r = nodeRadius(n);
    const labelWidth = estimateLabelWidth(n.focal ? n.label : (n.short ?? n.label));
    const labelHeight = LABEL_HEIGHT;
    const base = { id: n.id, kind: n.kind, r, labelWidth, labelHeight };
    if (n.focal) return { ...base, focal: true, x: 0, y: 0, fx: 0, fy: 0 };
    const p = start?.get(n.id);
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
  const simulation = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .randomSource(seededRandom(seed))
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .distance((l) => (l.source.focal || l.target.focal ? 215 : 120))
        .strength((l) => (l.source.focal || l.target.focal ? 0.7 : 0.35)),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(large ? -30 : -900)
        .distanceMax(large ? 200 : 900)
        .theta(large ? 1.2 : 0.9),
    )
    .force(
      'collide',
      forceCollide<LayoutNode>((n) => n.r + (large ? 2 : 34)).iterations(large ? 1 : 2),
    )
    .force('x', forceX<LayoutNode>(0).strength(large ? 0.01 : 0.04))
    .force('y', forceY<LayoutNode>(0).strength(large ? 0.015 : 0.06))
    // Large graphs cool in fewer ticks (see coolingTicks): the animated layout stops (and the
    // page goes idle) sooner, at the cost of a little polish nobody sees among 1,000 nodes.
    .alphaDecay(1 - Math.pow(0.001, 1 / coolingTicks(nodes.length)))
    .stop();
  return { nodes, links, simulation };
}

/** Runs the simulation to rest without drawing: for reduced motion and for the first paint. */
export function settle(layout: Layout, maxTicks = 400): number {
  const sim = layout.simulation;
  let ticks = 0;
  while (sim.alpha() > sim.alphaMin() && ticks < maxTicks) {
    sim.tick();
    ticks++;
  }
  return ticks;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bounds of the nodes and their placed labels, plus a margin. */
export function bounds(
  nodes: readonly LayoutNode[],
  margin = 16,
  labels?: Iterable<Bounds>,
): Bounds {
  if (!nodes.length) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity; // prettier-ignore
  const grow = (b: Bounds) => {
    x0 = Math.min(x0, b.x0);
    y0 = Math.min(y0, b.y0);
    x1 = Math.max(x1, b.x1);
    y1 = Math.max(y1, b.y1);
  };
  for (const n of nodes) grow({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r });
  for (const b of labels ?? []) grow(b);
  return { x0: x0 - margin, y0: y0 - margin, x1: x1 + margin, y1: y1 + margin };
}

export interface EdgeGeometry {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The edge from boundary to boundary, so lines never run under node shapes. */
export function edgeGeometry(a: LayoutNode, b: LayoutNode, gap = 4): EdgeGeometry {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return {
    x1: a.x + ux * (a.r + gap),
    y1: a.y + uy * (a.r + gap),
    x2: b.x - ux * (b.r + gap),
    y2: b.y - uy * (b.r + gap),
  };
}
