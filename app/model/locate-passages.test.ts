import { describe, expect, it } from 'vitest';
import { locatePassages } from './locate-passages';

describe('locatePassages', () => {
  it('marks a passage whose whitespace differs from the source', () => {
    const raw = 'Intro.\n\nKazakhstan and\n  Russia are allies. End.';
    const { pieces, missing } = locatePassages(raw, ['Kazakhstan and Russia are allies.']);
    expect(missing).toEqual([]);
    expect(pieces.map((p) => p.text).join('')).toBe(raw);
    expect(pieces.find((p) => p.marks.length)?.text).toBe('Kazakhstan and\n  Russia are allies.');
  });

  it('splits overlapping passages into pieces carrying both marks', () => {
    const { pieces } = locatePassages('a b c d', ['a b c', 'b c d']);
    expect(pieces).toEqual([
      { text: 'a ', marks: [0] },
      { text: 'b c', marks: [0, 1] },
      { text: ' d', marks: [1] },
    ]);
  });

  it('reports passages it cannot find and leaves the text whole', () => {
    const { pieces, missing } = locatePassages('nothing here', ['absent']);
    expect(missing).toEqual([0]);
    expect(pieces).toEqual([{ text: 'nothing here', marks: [] }]);
  });
});

describe('locatePassages with selectors', () => {
  const raw = 'Under the 2019 plan the parties agree. In 2024 the parties agree. End.';

  it('marks the occurrence the quote selector names, not the first', () => {
    const { pieces } = locatePassages(raw, [
      { text: 'the parties agree.', quote: { exact: 'the parties agree.', prefix: 'In 2024 ' } },
    ]);
    expect(pieces.map((p) => [p.text, p.marks])).toEqual([
      ['Under the 2019 plan the parties agree. In 2024 ', []],
      ['the parties agree.', [0]],
      [' End.', []],
    ]);
  });

  it('uses the position hint when the context does not decide', () => {
    const second = raw.lastIndexOf('the parties');
    const { pieces } = locatePassages(raw, [
      { text: 'the parties', quote: { exact: 'the parties' }, start: second },
    ]);
    expect(pieces.find((p) => p.marks.length)?.text).toBe('the parties');
    expect(pieces[0]!.text).toBe(raw.slice(0, second));
  });

  it('falls back on the words when the selector no longer matches the text', () => {
    const { pieces, missing } = locatePassages(raw, [
      { text: 'In 2024', quote: { exact: 'In  2025' } },
    ]);
    expect(missing).toEqual([]);
    expect(pieces.find((p) => p.marks.length)?.text).toBe('In 2024');
  });
});
