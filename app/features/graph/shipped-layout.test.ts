import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '@/model/validate';
import { createLayout, settle } from './layout';
import { applyShippedLayout, computeShippedLayout } from './shipped-layout';

const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')));
if (!parsed.ok) throw new Error('data/graph.json does not parse');
const { nodes, edges } = parsed.data;

describe('shipped layout', () => {
  it('gives a fresh layout the settled positions, with no tick left to run', () => {
    const shipped = computeShippedLayout(nodes, edges);
    const layout = createLayout(nodes, edges);
    expect(applyShippedLayout(layout, nodes, edges, shipped)).toBe(true);
    expect(settle(layout)).toBe(0);
    const reference = createLayout(nodes, edges);
    settle(reference);
    for (const [i, n] of layout.nodes.entries()) {
      expect(n.x).toBeCloseTo(reference.nodes[i]!.x, 1);
      expect(n.y).toBeCloseTo(reference.nodes[i]!.y, 1);
    }
  });

  it('is refused for any other graph, which is then laid out as before', () => {
    const shipped = computeShippedLayout(nodes, edges);
    const fewer = edges.slice(1);
    const layout = createLayout(nodes, fewer);
    const before = layout.nodes.map((n) => [n.x, n.y]);
    expect(applyShippedLayout(layout, nodes, fewer, shipped)).toBe(false);
    expect(layout.nodes.map((n) => [n.x, n.y])).toEqual(before);
    expect(settle(layout)).toBeGreaterThan(0);
  });
});
