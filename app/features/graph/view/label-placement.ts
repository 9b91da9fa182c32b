// Where each node's name goes, so that no name covers another name or a node, and as few as
// possible cross a line. Pure and deterministic (label-placement.test.ts). Each label tries
// twelve directions round its node at increasing distance (a leader line joins it to the node
// from the second ring out); labels are placed greedily, most connected first, then each is
// re-chosen twice with all the others in place. A label with no free place at all (a dense
// graph on a phone) is hidden until its node is hovered, focused or selected: a name that
// covers another helps nobody. Sizes are in world units at the label scale the view will draw
// (labels keep a minimum on-screen size, so they grow as the map is shown small).
import type { LayoutLink, LayoutNode } from '../engine/layout';
import type { Box } from './geometry';

export interface PlacedLabel extends Box {
  /** Centre of the label. */
  cx: number;
  cy: number;
  /** Drawn away from its node: joined to it by a leader line. */
  leader: boolean;
  /** The focal node's name sits inside its disc unless it does not fit there. */
  inside: boolean;
  /** No free place: drawn only while its node is hovered, focused or selected. */
  hidden: boolean;
  /** Which candidate won, so that the next placement prefers to keep it (no flicker). */
  choice: number;
}

export type Placement = Map<string, PlacedLabel>;

const DIRECTIONS = 12;
const RINGS = 8;
const HARD = 1000;
/** A clear gap between a label and a node or another label, in screen pixels. */
const GAP = 3;

/** The box a node's shape occupies (squares and hexagons fit inside it too). */
export function nodeBox(n: LayoutNode, pad = 0): Box {
  const r = (n.kind === 'region' ? n.r * 1.1 : n.r) + pad;
  return { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r };
}

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment crosses the box (Liang–Barsky clipping). */
export function crosses(b: Box, x1: number, y1: number, x2: number, y2: number): boolean {
  let t0 = 0, t1 = 1; // prettier-ignore
  const dx = x2 - x1, dy = y2 - y1; // prettier-ignore
  const edges: [number, number][] = [[-dx, x1 - b.x0], [dx, b.x1 - x1], [-dy, y1 - b.y0], [dy, b.y1 - y1]]; // prettier-ignore
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Places every node's label for labels drawn `scale` times their world size, where one
 * screen pixel is `px` world units (1 / zoom). Obstacles live in flat arrays and the inner
 * loop allocates nothing: it runs on every simulation tick while a node is dragged.
 */
export function placeLabels(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  scale: number,
  px = 1,
  previous?: Placement,
  passes = 2,
): Placement {
  const gap = GAP * px;
  // The drawn part of each line, boundary to boundary, 4 numbers each.
  const S = new Float64Array(links.length * 4);
  const degree = new Map<string, number>();
  links.forEach(({ source: a, target: b }, i) => {
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len, uy = (b.y - a.y) / len; // prettier-ignore
    S.set([a.x + ux * a.r, a.y + uy * a.r, b.x - ux * b.r, b.y - uy * b.r], i * 4);
    for (const id of [a.id, b.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  });
  // The focal name may lie across its own lines beside its disc (a halo keeps both readable):
  // out on a leader, in a star, it ran along one of them and read as that line's far end.
  const atFocal = Uint8Array.from(links, (l) => +(l.source.focal || l.target.focal));
  const N = nodes.length;
  // Node boxes (grown by the gap), then the labels placed so far, 4 numbers each.
  const B = new Float64Array(N * 8).fill(NaN);
  nodes.forEach((n, i) => {
    const b = nodeBox(n, gap);
    B.set([b.x0, b.y0, b.x1, b.y1], i * 4);
  });
  const centre = nodes.find((n) => n.focal) ?? { x: 0, y: 0 };
  const placed: Placement = new Map();
  const order = nodes
    .map((n, i) => [n, i] as const)
    .filter(([n]) => n.labelWidth > 0)
    .sort(([p], [q]) => +q.focal - +p.focal || (degree.get(q.id) ?? 0) - (degree.get(p.id) ?? 0));

  const cost = (x0: number, y0: number, x1: number, y1: number, self: number, bound: number) => {
    let c = 0;
    for (let j = 0; j < 2 * N; j++) {
      const o = j * 4;
      // NaN (no label yet, or hidden) compares false: never a hit.
      if (j !== N + self && x0 < B[o + 2]! && B[o]! < x1 && y0 < B[o + 3]! && B[o + 1]! < y1) {
        c += HARD;
        if (c >= bound) return c;
      }
    }
    for (let j = 0; j < S.length; j += 4) {
      if (crosses({ x0, y0, x1, y1 }, S[j]!, S[j + 1]!, S[j + 2]!, S[j + 3]!)) c += nodes[self]!.focal && atFocal[j / 4] ? 1 : 6; // prettier-ignore
    }
    return c;
  };

  const choose = (n: LayoutNode, self: number): PlacedLabel => {
    const w = n.labelWidth * scale;
    const h = n.labelHeight * scale;
    if (n.focal && Math.hypot(w / 2, h / 4) <= n.r - 1) {
      const b = box(n.x, n.y, w, h);
      return { ...b, cx: n.x, cy: n.y, leader: false, inside: true, hidden: false, choice: -1 };
    }
    const r = (n.kind === 'region' ? n.r * 1.1 : n.r) + gap;
    const kept = previous?.get(n.id)?.choice;
    const ax = n.x - centre.x, ay = n.y - centre.y; // prettier-ignore
    const away = Math.hypot(ax, ay) || 1;
    let best = -1, bestCost = Infinity, bx = 0, by = 0; // prettier-ignore
    for (let k = 0; k < RINGS; k++) {
      for (let d = 0; d < DIRECTIONS; d++) {
        const a = (2 * Math.PI * d) / DIRECTIONS;
        const ux = Math.cos(a), uy = Math.sin(a); // prettier-ignore
        // Far enough along the direction that the label clears the node's box, then k label
        // heights further out.
        const t =
          Math.min(
            Math.abs(ux) > 1e-6 ? (r + w / 2) / Math.abs(ux) : Infinity,
            Math.abs(uy) > 1e-6 ? (r + h / 2) / Math.abs(uy) : Infinity,
          ) +
          k * h * 1.1;
        const cx = n.x + ux * t, cy = n.y + uy * t; // prettier-ignore
        const choice = k * DIRECTIONS + d;
        // Nearer rings first; the side facing away from the centre, where the node's own
        // lines do not run; and the place it had, so labels do not flicker. A leader costs; the
        // focal name's more than lying across a few of its own lines.
        const leader = k > 0 ? (n.focal ? 8 : 2) : 0;
        const base =
          k * 3 + leader + 1.5 * (1 - (ux * ax + uy * ay) / away) - (kept === choice ? 1 : 0); // prettier-ignore
        if (base >= bestCost) continue;
        const c = base + cost(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, self, bestCost - base); // prettier-ignore
        if (c < bestCost) [bestCost, best, bx, by] = [c, choice, cx, cy];
      }
      if (bestCost < HARD && k > 0) break; // a free spot on this ring: no need to go further
    }
    return {
      ...box(bx, by, w, h),
      cx: bx,
      cy: by,
      leader: best >= DIRECTIONS,
      inside: false,
      hidden: bestCost >= HARD,
      choice: best,
    };
  };

  for (let pass = 0; pass < passes; pass++) {
    for (const [n, i] of order) {
      B.fill(NaN, (N + i) * 4, (N + i + 1) * 4);
      const p = choose(n, i);
      placed.set(n.id, p);
      if (!p.hidden) B.set([p.x0 - gap, p.y0 - gap, p.x1 + gap, p.y1 + gap], (N + i) * 4);
    }
  }
  return placed;
}

export function box(cx: number, cy: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

const grow = (b: Box, d: number): Box => ({
  x0: b.x0 - d,
  y0: b.y0 - d,
  x1: b.x1 + d,
  y1: b.y1 + d,
});

/**
 * Where a relation's name goes on its line: the middle if it is clear, else further along or
 * beside the line, never over a node's label or shape. Horizontal, so it always reads.
 */
export function placeRelationLabel(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  w: number,
  h: number,
  nodes: readonly LayoutNode[],
  labels: Iterable<Box>,
  px = 1,
  frame?: Box,
): Box & { cx: number; cy: number } {
  const gap = GAP * px;
  const taken = [...labels].map((b) => grow(b, gap));
  const blocks = nodes.map((n) => nodeBox(n, gap));
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = -(y2 - y1) / len, ny = (x2 - x1) / len; // prettier-ignore
  const mx = (x1 + x2) / 2, my = (y1 + y2) / 2; // prettier-ignore
  let best = { ...box(mx, my, w, h), cx: mx, cy: my };
  let bestCost = Infinity;
  const consider = (cx: number, cy: number, c: number) => {
    if (c >= bestCost) return;
    const b = box(cx, cy, w, h);
    for (const o of taken) if (overlaps(b, o)) c += HARD;
    for (const o of blocks) if (overlaps(b, o)) c += HARD;
    // Off the visible map, or under the zoom buttons, a name cannot be read.
    if (frame && (b.x0 < frame.x0 || b.y0 < frame.y0 || b.x1 > frame.x1 || b.y1 > frame.y1)) c += HARD; // prettier-ignore
    if (c < bestCost) [bestCost, best] = [c, { ...b, cx, cy }];
  };
  // On the line first, then beside it, then (a crowded phone) anywhere near its middle.
  for (const off of [0, 0.6, -0.6, 1.2, -1.2, 2, -2]) {
    for (const t of [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85]) {
      consider(x1 + (x2 - x1) * t + nx * off * h, y1 + (y2 - y1) * t + ny * off * h, Math.abs(off) * 2 + Math.abs(t - 0.5) * 4); // prettier-ignore
    }
  }
  for (let ring = 1; ring <= 8 && bestCost >= HARD; ring++) {
    for (let d = 0; d < 16; d++) {
      const a = (Math.PI * d) / 8;
      consider(mx + Math.cos(a) * ring * h, my + Math.sin(a) * ring * h * 0.8, 10 + ring);
    }
  }
  // Still nothing clear (a small map in a long language): any clear spot on the visible map,
  // the nearest first, rather than over another name or off the screen.
  if (frame && bestCost >= HARD) {
    const step = h / 2;
    for (let cy = frame.y0 + h / 2; cy <= frame.y1 - h / 2; cy += step) {
      for (let cx = frame.x0 + w / 2; cx <= frame.x1 - w / 2; cx += step) {
        consider(cx, cy, 20 + Math.hypot(cx - mx, cy - my) / h);
      }
    }
  }
  return best;
}
