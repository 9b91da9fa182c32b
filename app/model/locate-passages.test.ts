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
