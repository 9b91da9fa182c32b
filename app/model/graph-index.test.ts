import { english as en } from '@/i18n/english';
import { messageText } from '@/i18n/message';
import { describe, expect, it } from 'vitest';
import { buildIndex, edgeName, resolveSelection } from './graph-index';
import type { GraphData } from './schema';
import { selectionFromIds } from './selection';

const data: GraphData = {
  schemaVersion: 3,
  sources: [
    {
      id: 's',
      file: 's.txt',
      title: null,
      label: 'S',
      genre: 'g',
      author: null,
      outlet: null,
      date: null,
      speakersCheckable: false,
    },
  ],
  nodes: [
    {
      id: 'kazakhstan',
      label: 'Kazakhstan',
      kind: 'country',
      aliases: [],
      description: 'd',
      focal: true,
      passages: [],
    },
    { id: 'russia', label: 'Russia', kind: 'country', aliases: [], description: 'd', passages: [] },
    { id: 'china', label: 'China', kind: 'country', aliases: [], description: 'd', passages: [] },
  ],
  edges: [
    {
      source: 'kazakhstan',
      target: 'russia',
      relation: 'ally',
      label: 'words',
      summary: 's',
      passages: [
        {
          source: 's',
          text: 't',
          voice: 'analyst',
          modality: 'states',
          terms: [],
          stance: 'supports',
        },
      ],
    },
  ],
  leftOut: [],
};
const index = buildIndex(data);

const sel = (ids: string[]) => selectionFromIds(ids)!;

describe('resolveSelection', () => {
  it('finds a node and an edge in either order', () => {
    expect(resolveSelection(index, sel(['russia']))).toMatchObject({ kind: 'node' });
    expect(resolveSelection(index, sel(['russia', 'kazakhstan']))).toMatchObject({ kind: 'edge' });
    expect(resolveSelection(index, sel(['kazakhstan', 'russia']))).toMatchObject({ kind: 'edge' });
  });

  it('explains an unknown id or a missing relation politely', () => {
    const say = (ids: string[]) => {
      const r = resolveSelection(index, sel(ids));
      return r.kind === 'none' ? messageText(en.notice, r.notice) : r.kind;
    };
    expect(say(['atlantis'])).toBe('There is no “atlantis” in this map.');
    expect(say(['atlantis', 'mu'])).toBe('There is no “atlantis” or “mu” in this map.');
    expect(say(['china', 'russia'])).toBe('No relation between China and Russia in this map.');
  });

  it('names an edge the way docs/contract.md fixes', () => {
    // The words drawn on the line, not the family's name.
    expect(edgeName(index, data.edges[0]!)).toBe('Kazakhstan – Russia: words');
  });

  it('lists each node’s edges', () => {
    expect(index.edgesOf.get('russia')).toHaveLength(1);
    expect(index.edgesOf.get('china')).toHaveLength(0);
  });
});
