import { describe, expect, it } from 'vitest';
import { shipped as shippedGraph } from '@/model/shipped-graph.fixture';
import { createLayout } from './layout';
import { shippedPositions } from './shipped-layout';
import { computeShippedLayout, freshLayout, settle } from './simulation';

const { nodes, edges } = shippedGraph();

describe('shipped layout', () => {
  it('starts a layout at the settled positions, with no tick left to run', () => {
    const shipped = computeShippedLayout(nodes, edges);
    const positions = shippedPositions(nodes, edges, shipped);
    expect(positions).toBeDefined();
    const layout = createLayout(nodes, edges, positions!);
    expect(settle(layout)).toBe(0);
    const reference = freshLayout(nodes, edges);
    settle(reference);
    for (const [i, n] of layout.nodes.entries()) {
      expect(n.x).toBeCloseTo(reference.nodes[i]!.x, 0);
      expect(n.y).toBeCloseTo(reference.nodes[i]!.y, 0);
    }
  });

  it('is refused for any other graph, which is then laid out as before', () => {
    const shipped = computeShippedLayout(nodes, edges);
    expect(shippedPositions(nodes, edges.slice(1), shipped)).toBeUndefined();
    expect(shippedPositions(nodes.slice(1), edges, shipped)).toBeUndefined();
    expect(shippedPositions(nodes, edges, null)).toBeUndefined();
    const renamed = nodes.map((n, i) => (i === 1 ? { ...n, id: `${n.id}x` } : n));
    expect(shippedPositions(renamed, edges, shipped)).toBeUndefined();
  });
});
