import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@/model/filters';
import { edgeSelection, nodeSelection } from '@/model/selection';
import { parseUrl, pushes, writeUrl, type UrlState } from './url-codec';

const EMPTY: UrlState = {
  select: null,
  theme: null,
  embed: false,
  tour: null,
  present: false,
  source: null,
  table: false,
  filters: NO_FILTERS,
  lang: null,
  edit: false,
  data: null,
};
const read = (search: string) => parseUrl(search).state;

describe('select, theme, embed', () => {
  it('reads a node, an edge, a theme and embed mode', () => {
    expect(read('?select=russia').select).toEqual(nodeSelection('russia'));
    expect(read('?select=kazakhstan,russia').select).toEqual(edgeSelection('kazakhstan', 'russia'));
    expect(read('?select=kazakhstan%2Crussia').select).toEqual(
      edgeSelection('kazakhstan', 'russia'),
    );
    expect(read('?select=Russia').select).toEqual(nodeSelection('russia'));
    expect(read('?theme=contrast').theme).toBe('contrast');
    expect(read('?embed').embed).toBe(true);
    expect(read('?embed=1').embed).toBe(true);
    expect(read('?embed=0').embed).toBe(false);
    expect(read('?edit').edit).toBe(true);
    expect(read('?edit=false').edit).toBe(false);
    expect(read('?data=maps/river.json').data).toBe('maps/river.json');
    expect(read('?data=').data).toBeNull();
    // Link-only: writing the state back leaves them as the link gave them.
    expect(writeUrl('?edit&data=x.json', { select: nodeSelection('russia') })).toBe(
      '?edit=&data=x.json&select=russia',
    );
    expect(parseUrl('')).toEqual({ state: EMPTY, notices: [] });
  });

  it('drops malformed values with a notice instead of throwing', () => {
    for (const bad of ['<img src=x onerror=alert(1)>', 'a,b,c', 'x'.repeat(200), '%E0%A4%A']) {
      const parsed = parseUrl(`?select=${encodeURIComponent(bad)}`);
      expect(parsed.state.select).toBeNull();
      expect(parsed.notices).toEqual([{ key: 'badSelect' }]);
    }
    expect(read('?theme=neon').theme).toBeNull();
    expect(parseUrl('?select=,').notices).toEqual([]);
  });

  it('treats a self-pair as the node', () => {
    expect(read('?select=russia,russia').select).toEqual(nodeSelection('russia'));
  });

  it('keeps unrelated parameters and writes a readable comma', () => {
    expect(
      writeUrl('?childId=a&theme=dark', { select: edgeSelection('kazakhstan', 'russia') }),
    ).toBe('?childId=a&theme=dark&select=kazakhstan,russia');
  });

  it('removes cleared values, and never writes embed (only a link sets it)', () => {
    expect(writeUrl('?select=russia&embed=1', { select: null })).toBe('?embed=1');
    expect(writeUrl('?select=russia', { select: null })).toBe('');
    expect(writeUrl('?embed', { ...EMPTY, embed: false })).toBe('?embed=');
  });
});

describe('tour and present', () => {
  it('reads a tour and its 1-based step', () => {
    expect(read('?tour=classroom&step=3').tour).toEqual({ id: 'classroom', step: 3 });
    expect(read('?tour=classroom').tour).toEqual({ id: 'classroom', step: 1 });
    expect(read('?present=1').present).toBe(true);
    expect(read('?present=0').present).toBe(false);
  });

  it('tolerates malformed values with a notice, never throwing', () => {
    expect(parseUrl('?tour=<script>')).toEqual({ state: EMPTY, notices: [{ key: 'badTour' }] });
    for (const step of ['0', '-2', '1.5', 'abc', '100000']) {
      const parsed = parseUrl(`?tour=classroom&step=${step}`);
      expect(parsed.state.tour).toEqual({ id: 'classroom', step: 1 });
      expect(parsed.notices).toEqual([{ key: 'badStep' }]);
    }
  });

  it('writes the tour and keeps other parameters', () => {
    const tour = { id: 'classroom', step: 2 };
    expect(writeUrl('?select=kazakhstan,russia&theme=dark', { tour, present: false })).toBe(
      '?select=kazakhstan,russia&theme=dark&tour=classroom&step=2',
    );
    expect(writeUrl('?tour=classroom&step=2&present=1&x=1', { tour: null, present: false })).toBe(
      '?x=1',
    );
  });
});

describe('source, table and filters', () => {
  it('reads a source, the table view and filters', () => {
    const { state, notices } = parseUrl(
      '?source=regional-threats-essay&view=table&relations=member,ally&kinds=country&stance=qualifies',
    );
    expect(state).toMatchObject({
      source: 'regional-threats-essay',
      table: true,
      filters: { relations: ['ally', 'member'], kinds: ['country'], stance: 'qualifies' },
    });
    expect(notices).toEqual([]);
  });

  it('drops malformed values with a notice, never throwing', () => {
    const { state, notices } = parseUrl(
      '?source=<img src=x>&relations=ally,enemy&kinds=planet&stance=maybe',
    );
    expect(state).toMatchObject({
      source: null,
      table: false,
      filters: { relations: ['ally'], kinds: [], stance: null },
    });
    expect(notices).toEqual([{ key: 'badSource' }, { key: 'badFilters' }, { key: 'badStance' }]);
  });

  it('writes only what is set, and clears view only when it is ours', () => {
    const filters = { ...NO_FILTERS, stance: 'qualifies' as const };
    expect(writeUrl('?select=russia&relations=ally&view=table', { table: false, filters })).toBe(
      '?select=russia&stance=qualifies',
    );
    expect(writeUrl('?view=map', { table: false })).toBe('?view=map');
  });
});

describe('lang', () => {
  it('reads lang, tolerating case and refusing others with a notice', () => {
    expect(parseUrl('?lang=KK')).toEqual({ state: { ...EMPTY, lang: 'kk' }, notices: [] });
    expect(parseUrl('?lang=<b>de</b>')).toEqual({ state: EMPTY, notices: [{ key: 'badLang' }] });
  });

  it('writes lang only when it was chosen, leaving other parameters alone', () => {
    expect(writeUrl('?embed&select=russia', { lang: 'ru' })).toBe('?embed=&select=russia&lang=ru');
    expect(writeUrl('?lang=ru', { lang: null })).toBe('');
  });
});

describe('the whole state', () => {
  it('round-trips', () => {
    const state: UrlState = {
      select: edgeSelection('russia', 'kazakhstan'),
      theme: 'light',
      embed: false,
      tour: { id: 'classroom', step: 4 },
      present: true,
      source: 'regional-threats-essay',
      table: true,
      filters: { relations: ['ally'], kinds: ['organisation'], stance: 'supports' },
      lang: 'kk',
      edit: false,
      data: null,
    };
    expect(parseUrl(writeUrl('?embedId=x', state))).toEqual({ state, notices: [] });
  });

  it('pushes a history entry for a new selection or source only', () => {
    expect(pushes(EMPTY, { ...EMPTY, select: nodeSelection('china') })).toBe(true);
    expect(pushes(EMPTY, { ...EMPTY, source: 'regional-threats-essay' })).toBe(true);
    expect(pushes(EMPTY, { ...EMPTY, theme: 'dark', tour: { id: 'x', step: 2 } })).toBe(false);
    expect(pushes(EMPTY, { ...EMPTY, filters: { ...NO_FILTERS, stance: 'supports' } })).toBe(false);
  });
});
