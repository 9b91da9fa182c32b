import { describe, expect, it } from 'vitest';
import { edgeKey } from './ids';
import {
  edgeSelection,
  nodeSelection,
  sameSelection,
  selectionFromIds,
  selectionIds,
  selectionKey,
} from './selection';

describe('selection', () => {
  it('is an entity for one id and a relation for two; anything else is nothing', () => {
    expect(selectionFromIds(['russia'])).toEqual({ kind: 'node', id: 'russia' });
    expect(selectionFromIds(['russia', 'china'])).toEqual({
      kind: 'edge',
      ids: ['russia', 'china'],
    });
    expect(selectionFromIds(['russia', 'russia'])).toEqual(nodeSelection('russia'));
    expect(selectionFromIds([])).toBeNull();
    expect(selectionFromIds(['a', 'b', 'c'])).toBeNull();
    expect(selectionFromIds(['', 'b'])).toBeNull();
  });

  it('has one key: the id, or the edge key whichever way the ids are written', () => {
    expect(selectionKey(nodeSelection('china'))).toBe('china');
    expect(selectionKey(edgeSelection('russia', 'kazakhstan'))).toBe('kazakhstan,russia');
    expect(selectionKey(edgeSelection('kazakhstan', 'russia'))).toBe(
      edgeKey('russia', 'kazakhstan'),
    );
  });

  it('keeps the ids as written, and compares as written', () => {
    expect(selectionIds(edgeSelection('russia', 'kazakhstan'))).toEqual(['russia', 'kazakhstan']);
    expect(sameSelection(edgeSelection('a', 'b'), edgeSelection('a', 'b'))).toBe(true);
    expect(sameSelection(edgeSelection('a', 'b'), edgeSelection('b', 'a'))).toBe(false);
    expect(sameSelection(nodeSelection('a'), null)).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
  });
});
