import { describe, expect, it } from 'vitest';
import type { GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { edgeSelection, nodeSelection } from '@/model/selection';
import { edge, node } from '../engine/test-graph';
import { emphasis, selectedKeyOf } from './emphasis';

const nodes = [node('hub', { focal: true }), node('a'), node('b'), node('c')];
const edges = [edge('hub', 'a'), edge('hub', 'b'), edge('a', 'b'), edge('hub', 'c')];

describe('emphasis', () => {
  const index = {
    node: new Map(nodes.map((n) => [n.id, n])),
    edge: new Map(edges.map((e) => [edgeKey(e.source, e.target), e])),
    edgesOf: new Map(
      nodes.map((n) => [n.id, edges.filter((e) => [e.source, e.target].includes(n.id))]),
    ),
  } as unknown as GraphIndex;
  const all = () => true;

  it('marks the selection, its neighbourhood near, the rest dim, and nothing without focus', () => {
    const e = emphasis(index, 'c', null, all);
    expect(['c', 'hub', 'a', 'c,hub', 'a,b'].map(e.stateOf)).toEqual([
      'selected',
      'near',
      'dim',
      'near',
      'dim',
    ]);
    expect(emphasis(index, null, null, all).stateOf('a')).toBe('normal');
  });

  it('follows the hovered element over the selection, and an edge to its two ends', () => {
    const e = emphasis(index, 'c', 'a,b', all);
    expect(['a', 'b', 'c', 'hub'].map(e.stateOf)).toEqual(['near', 'near', 'selected', 'dim']);
    expect(selectedKeyOf(edgeSelection('b', 'a'))).toBe('a,b');
    expect(selectedKeyOf(nodeSelection('a'))).toBe('a');
  });
});
