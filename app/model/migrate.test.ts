import { describe, expect, it } from 'vitest';
import { migrateGraph } from './migrate';
import { SCHEMA_VERSION } from './schema';
import { parseGraph } from './validate';

const v1 = {
  schemaVersion: 1,
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
    },
  ],
  nodes: [
    { id: 'a', label: 'A', kind: 'country', description: 'd', focal: true },
    { id: 'b', label: 'B', kind: 'country', description: 'd' },
  ],
  edges: [
    {
      source: 'a',
      target: 'b',
      relation: 'ally',
      summary: 's',
      passages: [
        { source: 's', text: 'x', stance: 'supports' },
        { source: 's', text: 'y', stance: 'supports', speaker: { name: 'N', mode: 'reported' } },
      ],
    },
  ],
};

describe('migrateGraph', () => {
  it('upgrades version 1 data to the current schema, claiming the weakest voice', () => {
    const parsed = parseGraph(v1);
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems)).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.schemaVersion).toBe(SCHEMA_VERSION);
    const [x, y] = parsed.data.edges[0]!.passages;
    expect(x).toMatchObject({ voice: 'unattributed', modality: 'states', terms: [] });
    expect(y).toMatchObject({ voice: 'unattributed', modality: 'reports' });
    expect(parsed.data.sources[0]!.speakersCheckable).toBe(false);
  });

  it('leaves data it cannot place unchanged, for the schema to report', () => {
    expect(migrateGraph({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
    expect(migrateGraph('nonsense')).toBe('nonsense');
  });
});
