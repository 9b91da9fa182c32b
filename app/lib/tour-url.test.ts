import { describe, expect, it } from 'vitest';
import { parseTourUrl, writeTourUrl } from './tour-url';

describe('parseTourUrl', () => {
  it('reads a tour and its 1-based step', () => {
    expect(parseTourUrl('?tour=classroom&step=3').state.tour).toEqual({ id: 'classroom', step: 3 });
    expect(parseTourUrl('?tour=classroom').state.tour).toEqual({ id: 'classroom', step: 1 });
    expect(parseTourUrl('?present=1').state.present).toBe(true);
    expect(parseTourUrl('').state).toEqual({ tour: null, present: false });
  });

  it('tolerates malformed values with a notice, never throwing', () => {
    expect(parseTourUrl('?tour=<script>').state.tour).toBeNull();
    expect(parseTourUrl('?tour=<script>').notices).toHaveLength(1);
    for (const step of ['0', '-2', '1.5', 'abc', '100000']) {
      const parsed = parseTourUrl(`?tour=classroom&step=${step}`);
      expect(parsed.state.tour).toEqual({ id: 'classroom', step: 1 });
      expect(parsed.notices).toHaveLength(1);
    }
  });
});

describe('writeTourUrl', () => {
  it('writes the tour and keeps other parameters', () => {
    expect(
      writeTourUrl('?select=kazakhstan,russia&theme=dark', {
        tour: { id: 'classroom', step: 2 },
        present: false,
      }),
    ).toBe('?select=kazakhstan,russia&theme=dark&tour=classroom&step=2');
    expect(
      writeTourUrl('?tour=classroom&step=2&present=1&x=1', { tour: null, present: false }),
    ).toBe('?x=1');
  });
});
