import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from './undo';

describe('the undo history', () => {
  it('undoes and redoes in order, and a new change forgets what was undone', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'd');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(h).present).toBe('b');
  });

  it('ignores a change that changes nothing, and keeps at most the limit of versions', () => {
    const h = startHistory(0);
    expect(record(h, 0)).toBe(h);
    let long = h;
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) long = record(long, i);
    expect(long.past).toHaveLength(HISTORY_LIMIT);
    expect(long.past[0]).toBe(20);
  });
});
