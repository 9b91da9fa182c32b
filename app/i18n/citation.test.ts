import { describe, expect, it } from 'vitest';
import type { Passage, Source } from '@/model/schema';
import { citationText } from './citation';
import { english } from './english';
import { kk } from './kk';
import { ru } from './ru';

const source: Source = {
  id: 's',
  file: 's.txt',
  title: null,
  label: 'Report on a law',
  genre: 'news report',
  author: 'A. Writer',
  outlet: null,
  date: '1 May 2020',
  speakersCheckable: true,
};

const quoted: Passage = {
  source: 's',
  text: 'Russia is\n  an ally.',
  voice: 'official',
  modality: 'states',
  terms: [],
  stance: 'supports',
  speaker: { name: 'Tokayev', role: 'President', mode: 'quoted' },
};

const reported: Passage = {
  ...quoted,
  speaker: { name: 'Tokayev', role: 'President', mode: 'reported' },
};

describe('citationText', () => {
  it('quotes the passage and names its source with only the stated metadata', () => {
    expect(citationText(quoted, source, 'en', english)).toBe(
      '“Russia is an ally.”\n— Tokayev, President\nSource: Report on a law (untitled; our label), A. Writer, 1 May 2020',
    );
  });

  it('says when a position is reported rather than quoted', () => {
    expect(citationText(reported, { ...source, title: 'A law' }, 'en', english)).toBe(
      '“Russia is an ally.”\nPosition of Tokayev, President, as reported\nSource: A law, A. Writer, 1 May 2020',
    );
  });

  it('frames the citation in Russian and Kazakh, the quotation and metadata as written', () => {
    expect(citationText(reported, source, 'ru', ru)).toBe(
      '«Russia is an ally.»\nПозиция в пересказе: Tokayev, President\nИсточник: Report on a law (без названия; наша подпись), A. Writer, 1 May 2020',
    );
    const kazakh = citationText(quoted, { ...source, title: 'A law' }, 'kk', kk);
    expect(kazakh).toBe(
      '«Russia is an ally.»\n— Tokayev, President\nДереккөз: A law, A. Writer, 1 May 2020',
    );
  });

  it('carries the source’s standing: an unverified text says so in the copied citation', () => {
    const unverified = { ...source, author: null, date: null, speakersCheckable: false };
    expect(citationText(quoted, unverified, 'en', english)).toMatch(
      /\nSource: Report on a law \(untitled; our label\) — Unverified text$/,
    );
    expect(citationText(quoted, unverified, 'ru', ru)).toMatch(/ — Непроверенный текст$/);
    expect(citationText(quoted, { ...unverified, date: '1 May' }, 'en', english)).toMatch(
      / — Unattributed text$/,
    );
  });
});
