import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english as en } from '@/i18n/english';
import { ru } from '@/i18n/ru';
import { buildIndex } from '@/model/graph-index';
import { parseGraph } from '@/model/validate';
import { sourceLines } from './source-lines';

const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'graph.json');
if (!parsed.ok) throw new Error('data/graph.json does not parse');
const index = buildIndex(parsed.data);
const where = 'https://example.org/map/';
const date = new Date('2025-03-04T12:00:00Z');
const cited = new Set(parsed.data.edges.flatMap((e) => e.passages.map((p) => p.source)));
const onLines = parsed.data.sources.filter((s) => cited.has(s.id));

describe('sourceLines', () => {
  it('names the map, its address, the sources it rests on and the export date', () => {
    const [source, exported] = sourceLines(index, en, where, date);
    expect(source).toMatch(/^Source: Kazakhstan’s foreign and security relations, an evidence map/);
    expect(source).toContain(`(${where})`);
    // The texts the lines cite, and each quotation once however many lines cite it.
    expect(source).toContain(`${onLines.length} source texts (34 distinct passages)`);
    for (const s of onLines)
      expect(source).toContain(s.title ?? `${s.label} (untitled; our label)`);
    expect(exported).toMatch(/^Exported 2025-03-04\./);
  });

  it('frames the line in the interface language and keeps titles as the texts state them', () => {
    const [source, exported] = sourceLines(index, ru, where, date);
    expect(source).toMatch(/^Источник: Внешние связи и безопасность Казахстана/);
    for (const s of onLines) if (s.title) expect(source).toContain(s.title);
    expect(source).toContain('(без названия; наша подпись)');
    expect(exported).toContain('2025-03-04');
  });
});
