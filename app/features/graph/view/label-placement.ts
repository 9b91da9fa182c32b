// Where each node's name goes, so that no name covers another name or a node, and as few as
// possible cross a line. Pure and deterministic (label-placement.test.ts). Each label tries
// twelve directions round its node at increasing distance (a leader line joins it to the node
// from the second ring out); labels are placed greedily, most connected first, then each is
// re-chosen twice with all the others in place. A label with no free place at all (a dense
// graph on a phone) is hidden until its node is hovered, focused or selected: a name that
// covers another helps nobody. Sizes are in world units at the label scale the view will draw
// (labels keep a minimum on-screen size, so they grow as the map is shown small).
import type { LayoutLink, LayoutNode } from '../engine/layout';
import { box, crosses, nodeBox, type Box } from './geometry';

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
/** The cost of a place that covers something: any clear place is better. */
export const HARD = 1000;
/** A clear gap between a label and a node or another label, in screen pixels. */
export const GAP = 3;

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
    const ux = (b.x - a.x) / len,
      uy = (b.y - a.y) / len;
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
      if (crosses({ x0, y0, x1, y1 }, S[j]!, S[j + 1]!, S[j + 2]!, S[j + 3]!))
        c += nodes[self]!.focal && atFocal[j / 4] ? 1 : 6;
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
    const ax = n.x - centre.x,
      ay = n.y - centre.y;
    const away = Math.hypot(ax, ay) || 1;
    let best = -1,
      bestCost = Infinity,
      bx = 0,
      by = 0;
    for (let k = 0; k < RINGS; k++) {
      for (let d = 0; d < DIRECTIONS; d++) {
        const a = (2 * Math.PI * d) / DIRECTIONS;
        const ux = Math.cos(a),
          uy = Math.sin(a);
        // Far enough along the direction that the label clears the node's box, then k label
        // heights further out.
        const t =
          Math.min(
            Math.abs(ux) > 1e-6 ? (r + w / 2) / Math.abs(ux) : Infinity,
            Math.abs(uy) > 1e-6 ? (r + h / 2) / Math.abs(uy) : Infinity,
          ) +
          k * h * 1.1;
        const cx = n.x + ux * t,
          cy = n.y + uy * t;
        const choice = k * DIRECTIONS + d;
        // Nearer rings first; the side facing away from the centre, where the node's own
        // lines do not run; and the place it had, so labels do not flicker. A leader costs; the
        // focal name's more than lying across a few of its own lines.
        const leader = k > 0 ? (n.focal ? 8 : 2) : 0;
        const base =
          k * 3 + leader + 1.5 * (1 - (ux * ax + uy * ay) / away) - (kept === choice ? 1 : 0);
        if (base >= bestCost) continue;
        const c =
          base + cost(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, self, bestCost - base);
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
