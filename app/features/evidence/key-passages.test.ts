import { describe, expect, it } from 'vitest';
import type { Passage, Source } from '@/model/schema';
import { keyPassages } from './key-passages';

const src = (id: string, over: Partial<Source> = {}): Source => ({
  id,
  file: `${id}.txt`,
  title: null,
  label: id,
  genre: 'g',
  author: null,
  outlet: null,
  date: null,
  speakersCheckable: false,
  ...over,
});
const sources = new Map(
  [src('essay', { author: 'A. Writer' }), src('news', { outlet: 'Daily' }), src('rumour')].map(
    (s) => [s.id, s],
  ),
);
const p = (source: string, text: string, over: Partial<Passage> = {}): Passage => ({
  source,
  text,
  voice: 'analyst',
  modality: 'states',
  terms: [],
  stance: 'supports',
  ...over,
});
const texts = (ps: Passage[]) => ps.map((x) => x.text);

describe('keyPassages', () => {
  it('takes at most three, supporting before qualifying, verifiable before unverified', () => {
    const list = [
      p('rumour', 'r1'),
      p('essay', 'q1', { stance: 'qualifies', voice: 'document' }),
      p('essay', 'e1'),
      p('news', 'n1'),
      p('rumour', 'r2'),
    ];
    expect(texts(keyPassages(list, sources))).toEqual(['e1', 'n1', 'r1']);
  });

  it('the firmest voice first, then one per source before a second from the same', () => {
    const list = [
      p('essay', 'e-recommends', { modality: 'recommends' }),
      p('essay', 'e-document', { voice: 'document' }),
      p('news', 'n-journalist', { voice: 'journalist' }),
    ];
    expect(texts(keyPassages(list, sources, 2))).toEqual(['e-document', 'n-journalist']);
  });

  it('the shorter of two equally firm passages, and qualifications when nothing supports', () => {
    expect(texts(keyPassages([p('essay', 'a long one'), p('essay', 'short')], sources, 1))).toEqual(
      ['short'],
    );
    const only = [p('essay', 'q', { stance: 'qualifies' })];
    expect(texts(keyPassages(only, sources))).toEqual(['q']);
    expect(keyPassages([], sources)).toEqual([]);
  });
});
