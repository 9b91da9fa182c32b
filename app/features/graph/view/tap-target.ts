// Nearest-target tap resolution for fingers on the SVG map (issue 25). On a phone the nodes
// are 7-8 px across and the lines 1-3 px: a tap 8 px off a node's centre hit it 17 times in 30,
// and a tap on the middle of a line picked another line 5 times in 17. A tap goes instead to
// the nearest element within reach, in screen pixels: a node within 16 px of its centre (or
// its own radius, if larger), so every node is a target at least 32 px across; a line within
// 12 px (24 px across). Nodes come first by 6 px, so a tap beside a node on one of its
// own lines takes the node. Pure, so the rule is unit-tested; tap-resolution.ts reads the map.
import { segmentDistance } from './hit-test';

export const NODE_REACH = 16;
export const LINE_REACH = 12;
/** A line must be this much nearer than a node's rim to win over the node. */
const NODE_BIAS = 6;

export interface TapNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface TapLine {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type TapTarget = { kind: 'node'; id: string } | { kind: 'edge'; key: string } | null;

export function tapTarget(x: number, y: number, nodes: TapNode[], lines: TapLine[]): TapTarget {
  let best: TapTarget = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d > Math.max(NODE_REACH, n.r)) continue;
    const score = Math.max(0, d - n.r);
    if (score < bestScore) [best, bestScore] = [{ kind: 'node', id: n.id }, score];
  }
  for (const l of lines) {
    const d = segmentDistance(x, y, { x: l.x1, y: l.y1 }, { x: l.x2, y: l.y2 });
    if (d > LINE_REACH) continue;
    if (d + NODE_BIAS < bestScore)
      [best, bestScore] = [{ kind: 'edge', key: l.key }, d + NODE_BIAS];
  }
  return best;
}
