import { describe, expect, it } from 'vitest';
import type { LayoutNode } from '../engine/layout';
import { bounds, edgeGeometry } from './geometry';

describe('geometry', () => {
  const n = (x: number, y: number, r = 10, labelWidth = 0): LayoutNode => ({
    id: `${x}`,
    kind: 'country',
    focal: false,
    r,
    labelWidth,
    labelHeight: 20,
    x,
    y,
  });

  it('trims edges to the node boundaries', () => {
    const g = edgeGeometry(n(0, 0, 10), n(100, 0, 20), 0);
    expect([g.x1, g.x2]).toEqual([10, 80]);
  });

  it('includes the placed labels in the bounds', () => {
    const hub = { ...n(0, 0, 20), focal: true };
    const right = n(100, 0, 10, 80);
    const label = { x0: 112, y0: -10, x1: 192, y1: 10 };
    expect(bounds([hub, right], 0)).toEqual({ x0: -20, y0: -20, x1: 110, y1: 20 });
    expect(bounds([hub, right], 0, [label]).x1).toBe(192);
  });
});
