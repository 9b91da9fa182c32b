// Our own words in the data are translated completely, and nothing verbatim is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '@/model/schema';
import { toursSchema } from '@/model/tour-schema';
import { kkData } from './data-kk';
import { ruData } from './data-ru';
import { dataTexts, localizeGraph } from './localize';
import { localizeTours } from './use-localized-tours';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const graph = graphSchema.parse(read('graph.json'));
const tours = toursSchema.parse(read('tours.json'));
const texts = dataTexts(graph, tours);
const verbatim = new Set(
  [...graph.nodes.flatMap((n) => n.passages), ...graph.edges.flatMap((e) => e.passages)].map(
    (p) => p.text,
  ),
);

describe.each([
  ['kk', kkData, 'Ресей'],
  ['ru', ruData, 'Россия'],
])('our words in %s', (_lang, words, russia) => {
  it('translates every text of ours in graph.json and tours.json', () => {
    expect(texts.filter((t) => !(t in words))).toEqual([]);
  });

  it('has no stale entry (an English text that is no longer in the data)', () => {
    const current = new Set(texts);
    expect(Object.keys(words).filter((k) => !current.has(k))).toEqual([]);
  });

  it('never translates a passage', () => {
    expect(Object.keys(words).filter((k) => verbatim.has(k))).toEqual([]);
  });

  it('names the entities in the language, and keeps passages, speakers and metadata as written', () => {
    const local = localizeGraph(graph, words);
    expect(local.nodes.find((n) => n.id === 'russia')?.label).toBe(russia);
    expect(local.nodes.find((n) => n.id === 'russia')?.aliases).toContain('Russia');
    expect(local.edges.map((e) => e.passages.map((p) => [p.text, p.speaker]))).toEqual(
      graph.edges.map((e) => e.passages.map((p) => [p.text, p.speaker])),
    );
    expect(local.sources.map((s) => [s.title, s.author, s.authorRole, s.outlet, s.date])).toEqual(
      graph.sources.map((s) => [s.title, s.author, s.authorRole, s.outlet, s.date]),
    );
    const steps = localizeTours(tours, words).tours[0]?.steps ?? [];
    expect(steps.every((s) => /[\u0400-\u04FF]/.test(s.title))).toBe(true);
  });
});

describe('English', () => {
  it('is the data as it is', () => {
    expect(localizeGraph(graph, {})).toBe(graph);
    expect(localizeTours(tours, {})).toBe(tours);
  });
});

describe('a name that is also an object key', () => {
  it('is left as written, never read from the prototype (`__proto__`, `constructor`)', () => {
    const odd = { ...graph.nodes.find((n) => !n.focal)!, label: '__proto__', short: 'constructor' };
    const out = localizeGraph({ ...graph, nodes: [...graph.nodes, odd] }, kkData);
    const node = out.nodes.at(-1)!;
    expect(node.label).toBe('__proto__');
    expect(node.short).toBe('constructor');
  });
});
