import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/model/graph-index';
import { parseGraph } from '@/model/validate';
import { search } from './search-index';

const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'graph.json');
if (!parsed.ok) throw new Error('data/graph.json does not parse');
const index = buildIndex(parsed.data);

describe('search', () => {
  it('finds entities by alias and by name', () => {
    expect(search(index, 'EEU')[0]).toMatchObject({
      title: 'Eurasian Economic Union',
      select: ['eeu'],
    });
    expect(search(index, 'eurasian economic union')[0]?.select).toEqual(['eeu']);
    expect(search(index, 'USA')[0]).toMatchObject({
      title: 'United States',
      select: ['united-states'],
    });
  });

  it('finds passages by the words in them and names the relation they support', () => {
    const results = search(index, 'Customs Union').filter((r) => r.kind === 'passage');
    for (const r of results) expect(r.select.length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });
});
