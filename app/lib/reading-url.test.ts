import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@/model/filters';
import { parseReadingUrl, writeReadingUrl } from './reading-url';

describe('reading parameters', () => {
  it('reads a source, the table view and filters', () => {
    const { state, notices } = parseReadingUrl(
      '?source=regional-threats-essay&view=table&relations=member,ally&kinds=country&stance=qualifies',
    );
    expect(state).toEqual({
      source: 'regional-threats-essay',
      table: true,
      filters: { relations: ['ally', 'member'], kinds: ['country'], stance: 'qualifies' },
    });
    expect(notices).toEqual([]);
  });

  it('drops malformed values with a notice, never throwing', () => {
    const { state, notices } = parseReadingUrl(
      '?source=<img src=x>&relations=ally,enemy&kinds=planet&stance=maybe',
    );
    expect(state).toEqual({
      source: null,
      table: false,
      filters: { relations: ['ally'], kinds: [], stance: null },
    });
    expect(notices).toHaveLength(3);
  });

  it('writes only what is set and keeps other parameters', () => {
    const params = new URLSearchParams('select=russia&relations=ally&view=table');
    writeReadingUrl(params, {
      source: null,
      table: false,
      filters: { ...NO_FILTERS, stance: 'qualifies' },
    });
    expect(params.toString()).toBe('select=russia&stance=qualifies');
  });
});
