import { describe, expect, it } from 'vitest';
import { edgeSelection, nodeSelection } from '@/model/selection';
import type { Tour } from '@/model/tour-schema';
import { stepShowing } from './step-showing';

const tour: Tour = {
  id: 't',
  title: 'T',
  description: 'D',
  steps: [
    { select: ['kazakhstan'], title: 'One' },
    { select: ['kazakhstan', 'china'], title: 'Two' },
  ],
};

describe('stepShowing', () => {
  it('finds the step of a node or an edge, either way round', () => {
    expect(stepShowing(tour, nodeSelection('kazakhstan'))).toBe(1);
    expect(stepShowing(tour, edgeSelection('china', 'kazakhstan'))).toBe(2);
  });

  it('is null when no step shows it, or there is no tour', () => {
    expect(stepShowing(tour, nodeSelection('china'))).toBeNull();
    expect(stepShowing(undefined, nodeSelection('kazakhstan'))).toBeNull();
  });
});
