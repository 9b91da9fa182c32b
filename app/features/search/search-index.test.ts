import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kkData } from '@/i18n/data-kk';
import { ruData } from '@/i18n/data-ru';
import { kk } from '@/i18n/kk';
import { localizeGraph } from '@/i18n/localize';
import { ru } from '@/i18n/ru';
import { english as en } from '@/i18n/english';
import { buildIndex, edgeName } from '@/model/graph-index';
import { parseGraph } from '@/model/validate';
import { search } from './search-index';

const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'graph.json');
if (!parsed.ok) throw new Error('data/graph.json does not parse');
const index = buildIndex(parsed.data);

describe('search', () => {
  it('finds entities by alias and by name', () => {
    expect(search(index, 'EEU', en)[0]).toMatchObject({
      title: 'Eurasian Economic Union',
      select: ['eeu'],
    });
    expect(search(index, 'eurasian economic union', en)[0]?.select).toEqual(['eeu']);
    expect(search(index, 'USA', en)[0]).toMatchObject({
      title: 'United States',
      select: ['united-states'],
    });
  });

  it('in Kazakh, finds an entity by its Kazakh name and by its English one', () => {
    const local = buildIndex(localizeGraph(parsed.data, kkData));
    expect(search(local, 'ресей', kk)[0]).toMatchObject({ title: 'Ресей', select: ['russia'] });
    expect(search(local, 'Russia', kk)[0]).toMatchObject({ title: 'Ресей', select: ['russia'] });
    expect(search(local, 'ШЫҰ', kk)[0]?.select).toEqual(['sco']);
  });

  it('finds passages by the words in them and names the relation they support', () => {
    const results = search(index, 'Customs Union', en).filter((r) => r.kind === 'passage');
    for (const r of results) expect(r.select.length).toBeGreaterThan(0);
  });

  it('lists a passage once, naming every relation that cites it', () => {
    const text = (t: string) => t.replace(/\s+/g, ' ').trim();
    const cited = new Map<string, string[]>();
    for (const e of parsed.data.edges) {
      for (const p of e.passages) {
        cited.set(text(p.text), [...(cited.get(text(p.text)) ?? []), edgeName(index, e)]);
      }
    }
    const [shared, names] = [...cited].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(names.length).toBeGreaterThan(2);
    // Search by the passage's own opening words: one option, every relation named in it.
    const results = search(index, shared.split(' ').slice(0, 8).join(' '), en, 50).filter(
      (r) => r.kind === 'passage',
    );
    expect(results).toHaveLength(1);
    expect(results[0]!.cites).toEqual(names);
    for (const name of names) expect(results[0]!.detail).toContain(name);
    // And no query lists any passage twice.
    for (const q of ['security', 'Russia', 'partner', 'cooperation']) {
      const titles = search(index, q, en, 500).filter((r) => r.kind === 'passage');
      expect(new Set(titles.map((r) => r.title)).size, q).toBe(titles.length);
    }
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '   ', en)).toEqual([]);
    expect(search(index, 'zzzzqqq', en)).toEqual([]);
  });

  it('words the detail lines with the labels it is given (English by default)', () => {
    expect(search(index, 'EEU', en)[0]?.detail).toBe('Organisation, also “EEU”');
    expect(search(index, 'Russia', en)[0]?.detail).toBe('Country');

    const kkIndex = buildIndex(parsed.data);
    expect(search(kkIndex, 'EEU', kk)[0]?.detail).toBe('Ұйым, басқа атауы «EEU»');
    const ruIndex = buildIndex(localizeGraph(parsed.data, ruData));
    expect(search(ruIndex, 'USA', ru)[0]?.detail).toBe('Страна, также «USA»');

    // A passage's detail names its relation by the words on its line, in the index's language.
    const passage = search(ruIndex, 'security', ru).find((r) => r.kind === 'passage');
    const labels = ruIndex.data.edges.map((e) => e.label);
    expect(labels.some((l) => passage?.detail.endsWith(`: ${l}`))).toBe(true);
    expect(labels).toContain(ruData['allied relations']);
  });

  it('marks a passage from an unverified text', () => {
    const hits = search(index, 'not a foe', en);
    const fromReport = hits.filter((r) => r.kind === 'passage');
    expect(fromReport.length).toBeGreaterThan(0);
    expect(fromReport.every((r) => r.reliability === 'unverified')).toBe(true);
    const fromEssay = search(index, 'allied relations', en).find((r) => r.kind === 'passage');
    expect(fromEssay?.reliability).toBe('attributed');
  });
});
