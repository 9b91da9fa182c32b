import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './graph-index';
import type { GraphData, Passage, Source } from './schema';
import { edgeStrength, passageStrength, reliabilityOf } from './strength';
import { parseGraph } from './validate';

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
  [
    src('essay', { author: 'A. Writer' }),
    src('item', { speakersCheckable: true }),
    src('rumour'),
  ].map((s) => [s.id, s]),
);
const p = (source: string, over: Partial<Passage> = {}): Passage => ({
  source,
  text: 't',
  voice: 'analyst',
  modality: 'states',
  terms: [],
  stance: 'supports',
  ...over,
});

describe('reliabilityOf', () => {
  it('attributed with a byline or an outlet, else unattributed or unverified', () => {
    expect(reliabilityOf(sources.get('essay')!)).toBe('attributed');
    expect(reliabilityOf(src('x', { outlet: 'The Times' }))).toBe('attributed');
    expect(reliabilityOf(sources.get('item')!)).toBe('unattributed');
    expect(reliabilityOf(sources.get('rumour')!)).toBe('unverified');
    // A stated date alone does not make a text unverified.
    expect(reliabilityOf(src('x', { date: '1 May' }))).toBe('unattributed');
  });
});

describe('passageStrength', () => {
  it('several sources, one source, or only an unverified text', () => {
    expect(passageStrength([p('essay'), p('item')], sources).level).toBe('several');
    expect(passageStrength([p('essay'), p('essay')], sources).level).toBe('single');
    expect(passageStrength([p('rumour'), p('rumour')], sources).level).toBe('unverified');
    // An unverified text beside a verifiable one never counts as a second source: it is said
    // apart ("one source, plus an unverified text").
    const withRumour = passageStrength([p('essay'), p('rumour')], sources);
    expect(withRumour.level).toBe('single');
    expect(withRumour).toMatchObject({
      verifiableSupportingSources: 1,
      unverifiedSupportingSources: 1,
    });
    // Qualifying passages do not make a line stronger.
    expect(passageStrength([p('rumour'), p('essay', { stance: 'qualifies' })], sources).level).toBe(
      'unverified',
    );
  });

  it('names the firmest supporting voice, verifiable texts first', () => {
    const s = passageStrength(
      [
        p('rumour', { voice: 'official', modality: 'states' }),
        p('essay', { voice: 'analyst', modality: 'recommends' }),
        p('essay', { voice: 'document', modality: 'hedges', stance: 'qualifies' }),
      ],
      sources,
    );
    expect(s.strongest).toEqual({ voice: 'analyst', modality: 'recommends', source: 'essay' });
    expect(s).toMatchObject({ passages: 3, supporting: 2, qualifying: 1, sources: 2 });
    expect(s.unverifiedPassages).toBe(1);
  });
});

describe('the shipped data', () => {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8'),
  );
  const parsed = parseGraph(raw);
  const data = (parsed.ok ? parsed.data : null) as GraphData;
  const index = buildIndex(data);
  const level = (a: string, b: string) => index.strength.get([a, b].sort().join(','))?.level;

  it('marks the territorial-defense report, and only it, unverified', () => {
    const unverified = data.sources.filter((s) => reliabilityOf(s) === 'unverified');
    expect(unverified.map((s) => s.id)).toEqual(['territorial-defense-report']);
  });

  it('shows lines resting only on that report as unverified', () => {
    expect(level('kazakhstan', 'eeu')).toBe('unverified');
    expect(level('kazakhstan', 'the-west')).toBe('unverified');
    expect(level('russia', 'csto')).toBe('unverified');
    expect(level('kazakhstan', 'china')).toBe('single');
    // The essay, plus the unverified report: one checkable source.
    expect(level('kazakhstan', 'russia')).toBe('single');
    const russia = edgeStrength(
      data.edges.find((e) => e.target === 'russia')!,
      index.source,
    );
    expect(russia).toMatchObject({ level: 'single', unverifiedSupportingSources: 1 });
    expect(level('kazakhstan', 'central-asia')).toBe('several');
    expect(russia.strongest).toMatchObject({
      voice: 'analyst',
      modality: 'recommends',
    });
  });
});
