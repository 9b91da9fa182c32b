// Geometry the painters, the fit and label placement share: boxes, the extent of nodes and
// labels, and edges trimmed to node boundaries. Pure.
import type { LayoutNode } from '../engine/layout';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Box of the nodes and their placed labels, plus a margin. */
export function bounds(nodes: readonly LayoutNode[], margin = 16, labels?: Iterable<Box>): Box {
  if (!nodes.length) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  const grow = (b: Box) => {
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

/** The box a node's shape occupies (squares and hexagons fit inside it too). */
export function nodeBox(n: LayoutNode, pad = 0): Box {
  const r = (n.kind === 'region' ? n.r * 1.1 : n.r) + pad;
  return { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r };
}

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment crosses the box (Liang–Barsky clipping). */
export function crosses(b: Box, x1: number, y1: number, x2: number, y2: number): boolean {
  let t0 = 0,
    t1 = 1;
  const dx = x2 - x1,
    dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ];
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

/** The box of width w and height h centred on (cx, cy). */
export function box(cx: number, cy: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}
