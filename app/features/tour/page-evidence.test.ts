import { describe, expect, it } from 'vitest';
import { pageEvidence } from './page-evidence';

const box = (scrollTop: number, clientHeight = 600, scrollHeight = 2000) => ({
  scrollTop,
  clientHeight,
  scrollHeight,
});

describe('paging through a step’s evidence', () => {
  it('scrolls down by about a screenful, keeping a little of the page before', () => {
    const el = box(0);
    expect(pageEvidence(el, 1)).toBe(true);
    expect(el.scrollTop).toBeGreaterThan(450);
    expect(el.scrollTop).toBeLessThan(600);
  });

  it('stops at the bottom, then lets the step change', () => {
    const el = box(0);
    let pages = 0;
    while (pageEvidence(el, 1)) pages++;
    expect(pages).toBe(3);
    expect(el.scrollTop).toBe(1400);
    expect(pageEvidence(el, 1)).toBe(false);
  });

  it('pages back up to the top, then lets the step go back', () => {
    const el = box(1400);
    while (pageEvidence(el, -1));
    expect(el.scrollTop).toBe(0);
  });

  it('does nothing with evidence that fits', () => {
    const el = box(0, 600, 580);
    expect(pageEvidence(el, 1)).toBe(false);
    expect(pageEvidence(el, -1)).toBe(false);
  });
});
