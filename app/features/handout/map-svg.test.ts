import { describe, expect, it } from 'vitest';
import { wrap } from './map-svg';

describe('wrap', () => {
  it('breaks the source line at word boundaries within the width', () => {
    const lines = wrap('Source: one two three four five six seven', 12);
    expect(lines).toEqual(['Source: one', 'two three', 'four five', 'six seven']);
    expect(lines.join(' ')).toBe('Source: one two three four five six seven');
  });

  it('keeps a word longer than the width whole rather than losing it', () => {
    expect(wrap('a https://example.org/a/very/long/path b', 10)).toEqual([
      'a',
      'https://example.org/a/very/long/path',
      'b',
    ]);
  });
});
