import { describe, expect, it } from 'vitest';
import { tapTarget, type TapLine, type TapNode } from './tap-target';

const nodes: TapNode[] = [
  { id: 'hub', x: 100, y: 100, r: 15 },
  { id: 'small', x: 200, y: 100, r: 4 },
  { id: 'near', x: 200, y: 122, r: 4 },
];
const lines: TapLine[] = [
  { key: 'hub,small', x1: 100, y1: 100, x2: 200, y2: 100 },
  { key: 'hub,near', x1: 100, y1: 100, x2: 200, y2: 122 },
];

describe('tapTarget', () => {
  it('takes a small node from 8 px off its centre in every direction, even on its own line', () => {
    for (const [dx, dy] of [
      [8, 0],
      [-8, 0],
      [0, 8],
      [0, -8],
    ])
      expect(tapTarget(200 + dx!, 100 + dy!, nodes, lines)).toEqual({ kind: 'node', id: 'small' });
  });

  it('takes the nearest of two nodes whose reaches overlap', () => {
    expect(tapTarget(200, 113, nodes, lines)).toEqual({ kind: 'node', id: 'near' });
    expect(tapTarget(200, 109, nodes, lines)).toEqual({ kind: 'node', id: 'small' });
  });

  it('takes the nearest line within 12 px, away from the nodes', () => {
    expect(tapTarget(150, 100, nodes, lines)).toEqual({ kind: 'edge', key: 'hub,small' });
    expect(tapTarget(150, 104, nodes, lines)).toEqual({ kind: 'edge', key: 'hub,small' });
    expect(tapTarget(150, 110, nodes, lines)).toEqual({ kind: 'edge', key: 'hub,near' });
  });

  it('takes nothing out of reach', () => {
    expect(tapTarget(150, 140, nodes, lines)).toBeNull();
  });
});
