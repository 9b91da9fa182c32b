import { describe, expect, it } from 'vitest';
import { createLayout } from './layout';
import { coolingTicks, freshLayout, settle, settledPositions, simulationOf } from './simulation';
import { radialStart, ringOrder } from './layout-start';
import { edge, node } from './test-graph';

const nodes = [node('hub', { focal: true }), node('a'), node('b'), node('c'), node('d')];
const edges = [
  edge('hub', 'a'),
  edge('hub', 'b'),
  edge('hub', 'c'),
  edge('hub', 'd'),
  edge('a', 'b'),
];

describe('settledPositions and starting from them', () => {
  it('numbers nodes and links as d3-force will, before any simulation has run', () => {
    // The canvas painter reads `index`; the shipped map's simulation loads only on a drag.
    const layout = createLayout(nodes, edges, settledPositions(nodes, edges));
    expect(layout.nodes.map((n) => n.index)).toEqual([0, 1, 2, 3, 4]);
    expect(layout.links.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
    simulationOf(layout);
    expect(layout.nodes.map((n) => n.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('computes the settled layout without a browser, and a layout started there is at rest', () => {
    const settled = freshLayout(nodes, edges);
    settle(settled);
    const positions = settledPositions(nodes, edges);
    for (const n of settled.nodes) {
      expect(positions.get(n.id)!.x).toBeCloseTo(n.x, 0);
      expect(positions.get(n.id)!.y).toBeCloseTo(n.y, 0);
    }
    const resumed = createLayout(nodes, edges, positions!);
    expect(resumed.nodes.map((n) => positions.get(n.id))).toEqual(
      resumed.nodes.map((n) => ({ x: n.x, y: n.y })),
    );
    // Already cool: settling runs no tick, so nothing moves until someone drags.
    expect(settle(resumed)).toBe(0);
  });
});

describe('freshLayout', () => {
  it('is deterministic for the same data', () => {
    const one = freshLayout(nodes, edges);
    const two = freshLayout(nodes, edges);
    settle(one);
    settle(two);
    expect(one.nodes.map((n) => [n.x, n.y])).toEqual(two.nodes.map((n) => [n.x, n.y]));
  });

  it('settles and stops within the tick budget, focal node pinned at the centre', () => {
    const layout = freshLayout(nodes, edges);
    const ticks = settle(layout);
    expect(ticks).toBeLessThan(400);
    expect(simulationOf(layout).alpha()).toBeLessThan(simulationOf(layout).alphaMin());
    const hub = layout.nodes.find((n) => n.focal)!;
    expect([hub.x, hub.y]).toEqual([0, 0]);
  });

  it('keeps nodes apart so shapes and labels do not overlap', () => {
    const layout = freshLayout(nodes, edges);
    settle(layout);
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r + 20);
  });
});

describe('ringOrder', () => {
  it('starts nodes tied to each other side by side, the best-connected in the middle', () => {
    const more = [...nodes, node('e'), node('f')];
    const links = [...edges, edge('hub', 'e'), edge('hub', 'f'), edge('e', 'c'), edge('e', 'f')];
    const order = ringOrder(more, links);
    expect(order).toHaveLength(6);
    const at = (id: string) => order.indexOf(id);
    // e is tied to c and f: the three are neighbours on the ring with e between them.
    expect(Math.abs(at('e') - at('c'))).toBe(1);
    expect(Math.abs(at('e') - at('f'))).toBe(1);
    expect(Math.abs(at('a') - at('b'))).toBe(1);
  });
});

describe('large graphs', () => {
  // A focal node, two children, and a grandchild under the first child; `lone` is unreachable.
  const big = [node('hub', { focal: true }), node('p'), node('q'), node('p1'), node('lone')];
  const ties = [edge('hub', 'p'), edge('hub', 'q'), edge('p', 'p1')];

  it('start radially: depth sets the ring, each subtree keeps to its wedge', () => {
    const at = radialStart(big, ties);
    const dist = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    const angle = (id: string) => Math.atan2(at.get(id)!.y, at.get(id)!.x);
    expect(dist('hub')).toBe(0);
    expect(dist('p')).toBeCloseTo(dist('q'));
    expect(dist('p1')).toBeGreaterThan(dist('p'));
    expect(angle('p1')).toBeCloseTo(angle('p')); // an only child sits straight out from its parent
    expect(dist('lone')).toBeGreaterThan(dist('p1')); // unreached: the outer ring
    expect(at.size).toBe(big.length);
  });

  it('cool in fewer ticks as they grow, never fewer than 100', () => {
    expect(coolingTicks(30)).toBe(300);
    expect(coolingTicks(1000)).toBe(170);
    expect(coolingTicks(3000)).toBeLessThan(170);
    expect(coolingTicks(5000)).toBe(100);
    expect(coolingTicks(10_000)).toBe(100);
  });
});
