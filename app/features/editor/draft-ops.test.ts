import { describe, expect, it } from 'vitest';
import { emptyPackage, parsePackage } from '@/model/map-package';
import { checkPackage, packageToGraph } from '@/model/package-graph';
import { addEvidence, addSource, makeId, removeSource, type EvidenceInput } from './draft-ops';
import { RIVER_TEXT } from '@/model/fixtures/river-text';

const sourceInput = {
  text: RIVER_TEXT,
  label: 'River basin notes',
  genre: 'notes',
  title: 'River Basin Notes',
  author: 'Dana Example',
  outlet: '',
  date: '',
  url: '',
  speakersCheckable: true,
};

function spanOf(words: string) {
  const start = RIVER_TEXT.indexOf(words);
  return { start, end: start + words.length };
}

const entity = (label: string, focal = false) => ({
  create: {
    label,
    kind: 'country' as const,
    aliases: [],
    wikidata: '',
    wikidataSource: '',
    description: `Our ${label}.`,
    focal,
  },
});

export function riverDraft() {
  const pkg = addSource(emptyPackage(), sourceInput);
  const evidence: EvidenceInput = {
    source: pkg.sources[0]!.id,
    span: spanOf('agreed to expand strategic cooperation on the shared river'),
    from: entity('Upland Republic', true),
    to: entity('Lowland State'),
    relation: 'strategic-partner',
    summary: 'The notes report an agreement on strategic cooperation.',
    stance: 'supports',
    voice: 'analyst',
    modality: 'states',
    speaker: null,
    terms: ['strategic cooperation'],
    note: '',
  };
  return addEvidence(pkg, evidence);
}

describe('the draft operations', () => {
  it('makes lowercase hyphenated ids, unique', () => {
    expect(makeId('Lowland State', new Set(), 'x')).toBe('lowland-state');
    expect(makeId('Lowland State', new Set(['lowland-state']), 'x')).toBe('lowland-state-2');
    expect(makeId('Қазақстан', new Set(), 'entity-3')).toBe('entity-3');
  });

  it('records metadata only as typed: an empty field is not stated', () => {
    const s = addSource(emptyPackage(), sourceInput).sources[0]!;
    expect(s).toMatchObject({ id: 'river-basin-notes', file: 'river-basin-notes.txt' });
    expect(s.outlet).toBeNull();
    expect(s.date).toBeNull();
    expect(s).not.toHaveProperty('url');
  });

  it('makes a passage verbatim by construction, anchored, with new entities and a line', () => {
    const pkg = riverDraft();
    expect(pkg.nodes.map((n) => n.id)).toEqual(['upland-republic', 'lowland-state']);
    expect(pkg.nodes[0]!.focal).toBe(true);
    const passage = pkg.edges[0]!.passages[0]!;
    expect(passage.text).toBe('agreed to expand strategic cooperation on the shared river');
    expect(passage.anchor.quote.prefix.endsWith('Lowland State have ')).toBe(true);
    expect(checkPackage(pkg)).toEqual([]);
    expect(packageToGraph(pkg).edges).toHaveLength(1);
    // A second passage on the same pair joins the same line.
    const more = addEvidence(pkg, {
      ...baseEvidence(pkg),
      from: { id: 'lowland-state' },
      to: { id: 'upland-republic' },
    });
    expect(more.edges).toHaveLength(1);
    expect(more.edges[0]!.passages).toHaveLength(2);
  });

  it('shows the build rules: a label no passage carries, an empty summary', () => {
    const pkg = riverDraft();
    const bad = {
      ...pkg,
      edges: pkg.edges.map((e) => ({ ...e, relation: 'ally' as const, summary: '' })),
    };
    const where = checkPackage(bad).map((p) => p.where);
    // "strategic cooperation" names the strategic family: not an alliance.
    expect(where).toContain('map: edges[0] (upland-republic–lowland-state).label');
    expect(where).toContain('map: edges[0] (upland-republic–lowland-state).summary');
  });

  it('round-trips through a package, and removing a source removes its passages', () => {
    const pkg = riverDraft();
    const parsed = parsePackage(JSON.parse(JSON.stringify(pkg)));
    expect(parsed.ok && parsed.data).toEqual(pkg);
    const gone = removeSource(pkg, pkg.sources[0]!.id);
    expect(gone.edges[0]!.passages).toEqual([]);
    expect(checkPackage(gone).some((p) => p.message.includes('at least one passage'))).toBe(true);
  });
});

function baseEvidence(pkg: ReturnType<typeof riverDraft>): EvidenceInput {
  return {
    source: pkg.sources[0]!.id,
    span: spanOf('“We see Lowland State as a strategic partner,”'),
    from: { id: 'upland-republic' },
    to: { id: 'lowland-state' },
    relation: 'strategic-partner',
    summary: '',
    stance: 'supports',
    voice: 'official-unnamed',
    modality: 'states',
    speaker: { name: 'the water minister', role: '', mode: 'quoted' },
    terms: ['strategic partner'],
    note: '',
  };
}

describe('a new entity with a Wikidata QID', () => {
  it('needs the reference the QID came from, as the open-data build does', () => {
    const pkg = riverDraft();
    const withQid = (wikidataSource: string) =>
      addEvidence(pkg, {
        ...baseEvidence(pkg),
        to: {
          create: {
            ...entity('Delta Union').create,
            wikidata: 'Q42',
            wikidataSource,
          },
        },
      });
    expect(checkPackage(withQid('')).map((p) => p.where)).toContain(
      'map: nodes[2] (delta-union).wikidataSource',
    );
    const sourced = checkPackage(withQid('https://www.wikidata.org/wiki/Q42'));
    expect(sourced.map((p) => p.where)).not.toContain('map: nodes[2] (delta-union).wikidataSource');
    expect(withQid('x').nodes[2]).toMatchObject({ wikidata: 'Q42', wikidataSource: 'x' });
  });
});
