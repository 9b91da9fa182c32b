import { describe, expect, it } from 'vitest';
import { buildIndex } from './graph-index';
import { NO_FILTERS, isFiltering, visibleElements } from './filters';
import type { GraphData } from './schema';

const p = (stance: 'supports' | 'qualifies') => ({
  source: 's',
  text: 'x',
  voice: 'analyst' as const,
  modality: 'states' as const,
  terms: [],
  stance,
});
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
      id: 'kz',
      label: 'KZ',
      kind: 'country',
      focal: true,
      aliases: [],
      description: 'd',
      passages: [],
    },
    { id: 'ru', label: 'RU', kind: 'country', aliases: [], description: 'd', passages: [] },
    { id: 'eeu', label: 'EEU', kind: 'organisation', aliases: [], description: 'd', passages: [] },
  ],
  edges: [
    {
      source: 'kz',
      target: 'ru',
      relation: 'ally',
      label: 'words',
      summary: 's',
      passages: [p('supports'), p('qualifies')],
    },
    {
      source: 'kz',
      target: 'eeu',
      relation: 'member',
      label: 'words',
      summary: 's',
      passages: [p('supports')],
    },
    {
      source: 'ru',
      target: 'eeu',
      relation: 'member',
      label: 'words',
      summary: 's',
      passages: [p('supports')],
    },
  ],
  leftOut: [],
};
const index = buildIndex(data);

describe('visibleElements', () => {
  it('shows everything without filters', () => {
    const v = visibleElements(index, NO_FILTERS);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(v.edges).toHaveLength(3);
    expect(['kz', 'ru', 'eeu', 'kz,ru', 'eeu,kz', 'eeu,ru'].every(v.has)).toBe(true);
  });

  it('keeps one relation type and the entities it joins', () => {
    const v = visibleElements(index, { ...NO_FILTERS, relations: ['ally'] });
    expect(v.edges.map((e) => e.target)).toEqual(['ru']);
    expect(v.has('kz,ru')).toBe(true);
    expect(v.has('eeu')).toBe(false);
    expect(v.has('eeu,kz')).toBe(false);
  });

  it('keeps relations with qualifying evidence only', () => {
    const v = visibleElements(index, { ...NO_FILTERS, stance: 'qualifies' });
    expect(v.edges).toHaveLength(1);
    expect(v.has('kz')).toBe(true);
  });

  it('filters entity kinds but always keeps the focal country', () => {
    const v = visibleElements(index, { ...NO_FILTERS, kinds: ['organisation'] });
    expect(v.has('kz')).toBe(true);
    expect(v.has('ru')).toBe(false);
    expect(v.edges.map((e) => e.target)).toEqual(['eeu']);
  });
});
