import { describe, expect, it } from 'vitest';
import { segmentDistance } from './hit-test';

describe('segmentDistance', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 0 };
    expect(segmentDistance(5, 3, a, b)).toBe(3);
    expect(segmentDistance(13, 4, a, b)).toBe(5);
  });
});
