// Where a relation's name goes on its line, clear of the node names already placed
// (label-placement.ts) and of the nodes. Pure.
import type { LayoutNode } from '../engine/layout';
import { box, nodeBox, overlaps, type Box } from './geometry';
import { GAP, HARD } from './label-placement';

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
  const nx = -(y2 - y1) / len,
    ny = (x2 - x1) / len;
  const mx = (x1 + x2) / 2,
    my = (y1 + y2) / 2;
  let best = { ...box(mx, my, w, h), cx: mx, cy: my };
  let bestCost = Infinity;
  const consider = (cx: number, cy: number, c: number) => {
    if (c >= bestCost) return;
    const b = box(cx, cy, w, h);
    for (const o of taken) if (overlaps(b, o)) c += HARD;
    for (const o of blocks) if (overlaps(b, o)) c += HARD;
    // Off the visible map, or under the zoom buttons, a name cannot be read.
    if (frame && (b.x0 < frame.x0 || b.y0 < frame.y0 || b.x1 > frame.x1 || b.y1 > frame.y1))
      c += HARD;
    if (c < bestCost) [bestCost, best] = [c, { ...b, cx, cy }];
  };
  // On the line first, then beside it, then (a crowded phone) anywhere near its middle.
  for (const off of [0, 0.6, -0.6, 1.2, -1.2, 2, -2]) {
    for (const t of [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85]) {
      consider(
        x1 + (x2 - x1) * t + nx * off * h,
        y1 + (y2 - y1) * t + ny * off * h,
        Math.abs(off) * 2 + Math.abs(t - 0.5) * 4,
      );
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
