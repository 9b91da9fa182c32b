import { describe, expect, it } from 'vitest';
import { stepSlices } from './use-steps';

describe('stepSlices', () => {
  it('covers the first count items in slices of step, the last one shorter', () => {
    expect(stepSlices(7, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
  });

  it('is empty for no items', () => {
    expect(stepSlices(0, 3)).toEqual([]);
  });
});
