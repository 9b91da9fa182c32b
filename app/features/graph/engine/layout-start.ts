// Where nodes start when nothing has laid the map out: the seeded random source, and the two
// starting arrangements (a ring in an order that keeps groups together for curated maps, a
// radial tree for large ones). Pure, so the same data always gives the same map, in the
// browser, a worker or Node. Part of the simulation's chunk (simulation.ts): the shipped map
// starts from the build's positions and never needs it.
import type { GraphEdge, GraphNode } from '@/model/schema';
import { FOCAL_RADIUS, type Positions } from './layout';
import { sizeClass } from './size-class';

/**
 * The start of a map nothing has laid out: curated maps on a ring (alternately 200 and 240 from
 * the focal node, pinned at the origin, in ringOrder), large ones as a radial tree.
 */
export function startPositions(graphNodes: GraphNode[], graphEdges: GraphEdge[]): Positions {
  if (sizeClass(graphNodes.length) === 'large') return radialStart(graphNodes, graphEdges);
  const order = ringOrder(graphNodes, graphEdges);
  const at = new Map(graphNodes.filter((n) => n.focal).map((n) => [n.id, { x: 0, y: 0 }]));
  order.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / (order.length || 1) - Math.PI / 2;
    const ring = 200 + 40 * ((i + 1) % 2);
    at.set(id, { x: ring * Math.cos(angle), y: ring * Math.sin(angle) });
  });
  return at;
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
