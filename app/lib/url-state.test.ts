import { describe, expect, it } from 'vitest';
import { parseUrl, writeUrl } from './url-state';

describe('parseUrl', () => {
  it('reads a node, an edge, a theme and embed mode', () => {
    expect(parseUrl('?select=russia').state.select).toEqual(['russia']);
    expect(parseUrl('?select=kazakhstan,russia').state.select).toEqual(['kazakhstan', 'russia']);
    expect(parseUrl('?select=kazakhstan%2Crussia').state.select).toEqual(['kazakhstan', 'russia']);
    expect(parseUrl('?theme=contrast').state.theme).toBe('contrast');
    expect(parseUrl('?embed').state.embed).toBe(true);
    expect(parseUrl('?embed=1').state.embed).toBe(true);
    expect(parseUrl('?embed=0').state.embed).toBe(false);
    expect(parseUrl('').state).toEqual({ select: null, theme: null, embed: false });
  });

  it('drops malformed values with a notice instead of throwing', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', 'a,b,c', 'x'.repeat(200), '%E0%A4%A']) {
      const parsed = parseUrl(`?select=${encodeURIComponent(bad)}`);
      expect(parsed.state.select).toBeNull();
      expect(parsed.notices.length).toBe(1);
    }
    expect(parseUrl('?theme=neon').state.theme).toBeNull();
  });

  it('treats a self-pair as the node', () => {
    expect(parseUrl('?select=russia,russia').state.select).toEqual(['russia']);
  });
});

describe('writeUrl', () => {
  it('keeps unrelated parameters and writes a readable comma', () => {
    expect(writeUrl('?childId=a&theme=dark', { select: ['kazakhstan', 'russia'] })).toBe(
      '?childId=a&theme=dark&select=kazakhstan,russia',
    );
  });
  it('removes cleared values', () => {
    expect(writeUrl('?select=russia&embed=1', { select: null })).toBe('?embed=1');
    expect(writeUrl('?select=russia', { select: null })).toBe('');
  });
  it('round-trips', () => {
    const search = writeUrl('', { select: ['china'], theme: 'light', embed: true });
    expect(parseUrl(search).state).toEqual({ select: ['china'], theme: 'light', embed: true });
  });
});
