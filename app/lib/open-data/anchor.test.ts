import { describe, expect, it } from 'vitest';
import { anchorQuote, codePointOffset, findPassage, quoteSelectorAt, utf16Offset } from './anchor';

describe('findPassage', () => {
  it('finds a passage whose whitespace differs, and returns the source’s own characters', () => {
    const raw = 'Intro.\n\nKazakhstan and\n  Russia are allies. End.';
    const [span] = findPassage(raw, 'Kazakhstan and Russia are allies.');
    expect(span && raw.slice(span.start, span.end)).toBe('Kazakhstan and\n  Russia are allies.');
  });

  it('finds every occurrence, and treats regex characters literally', () => {
    expect(findPassage('a (b) c; a (b) c', 'a (b) c')).toEqual([
      { start: 0, end: 7 },
      { start: 9, end: 16 },
    ]);
    expect(findPassage('abc', 'a.c')).toEqual([]);
  });
});

describe('anchorQuote', () => {
  const raw = 'First: the parties agree. Later: the parties agree. End.';
  const second = findPassage(raw, 'the parties agree')[1]!;

  it('uses prefix and suffix to pick the right one of two equal quotes', () => {
    const quote = quoteSelectorAt(raw, second);
    expect(anchorQuote(raw, quote)).toEqual(second);
  });

  it('falls back on the position hint when the context does not decide', () => {
    expect(anchorQuote(raw, { exact: 'the parties agree' }, second.start - 3)).toEqual(second);
    expect(anchorQuote(raw, { exact: 'the parties agree' })?.start).toBe(7);
  });

  it('returns null when the quote is not in the text', () => {
    expect(anchorQuote(raw, { exact: 'absent' })).toBeNull();
  });
});

describe('code point offsets', () => {
  it('count a character outside the BMP as one', () => {
    const raw = 'a😀b';
    expect(codePointOffset(raw, 3)).toBe(2);
    expect(utf16Offset(raw, 2)).toBe(3);
    expect(codePointOffset('plain', 4)).toBe(4);
  });
});
