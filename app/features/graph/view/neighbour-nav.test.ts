import { describe, expect, it } from 'vitest';
import { clockwise, move } from './neighbour-nav';

const ring: Record<string, string[]> = { hub: ['n', 'e', 's'], n: ['hub'], e: ['hub'], s: ['hub'] };
const neighbours = (id: string) => ring[id] ?? [];

describe('clockwise', () => {
  it('orders points from north, clockwise', () => {
    const pts = [
      { id: 'w', x: -1, y: 0 },
      { id: 's', x: 0, y: 1 },
      { id: 'e', x: 1, y: 0 },
      { id: 'n', x: 0, y: -1 },
    ];
    expect(clockwise({ x: 0, y: 0 }, pts).map((p) => p.id)).toEqual(['n', 'e', 's', 'w']);
  });
});

describe('move', () => {
  it('enters the neighbours of the focused node, then steps round its hub', () => {
    const first = move('ArrowRight', 'hub', { hub: null, at: null }, neighbours);
    expect(first).toEqual({ to: 'n', hub: 'hub', position: [1, 3] });
    const second = move('ArrowRight', 'n', { hub: 'hub', at: 'n' }, neighbours);
    expect(second).toEqual({ to: 'e', hub: 'hub', position: [2, 3] });
    expect(move('ArrowLeft', 'n', { hub: 'hub', at: 'n' }, neighbours)?.to).toBe('s');
  });

  it('returns to the hub with Up and goes deeper with Down', () => {
    expect(move('ArrowUp', 'e', { hub: 'hub', at: 'e' }, neighbours)).toEqual({
      to: 'hub',
      hub: null,
    });
    expect(move('ArrowDown', 'e', { hub: 'hub', at: 'e' }, neighbours)?.hub).toBe('e');
  });

  it('starts afresh when focus arrived some other way, and stays put with no neighbours', () => {
    expect(move('ArrowRight', 'e', { hub: 'hub', at: 'n' }, neighbours)?.hub).toBe('e');
    expect(move('ArrowRight', 'lonely', { hub: null, at: null }, neighbours)).toBeNull();
    expect(move('ArrowUp', 'hub', { hub: null, at: null }, neighbours)).toBeNull();
  });
});
