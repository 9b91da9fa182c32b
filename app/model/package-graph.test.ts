import { describe, expect, it } from 'vitest';
import { RIVER_TEXT } from './fixtures/river-text';
import { anchorAt, emptyPackage, parsePackage, type MapPackage } from './map-package';
import { checkPackage, packageToGraph, reanchorSource } from './package-graph';

const QUOTE = 'agreed to expand strategic cooperation on the shared river';

function draft(): MapPackage {
  const start = RIVER_TEXT.indexOf(QUOTE);
  const passage = {
    source: 'notes',
    text: QUOTE,
    voice: 'analyst' as const,
    modality: 'states' as const,
    terms: ['strategic cooperation'],
    stance: 'supports' as const,
    anchor: anchorAt(RIVER_TEXT, { start, end: start + QUOTE.length }),
  };
  const node = (id: string, focal = false) => ({
    id,
    label: id,
    kind: 'country' as const,
    aliases: [],
    description: 'Ours.',
    passages: [],
    ...(focal ? { focal } : {}),
  });
  return {
    ...emptyPackage(),
    sources: [
      {
        id: 'notes',
        file: 'notes.txt',
        text: RIVER_TEXT,
        title: null,
        label: 'Notes',
        genre: 'notes',
        author: 'Dana Example',
        outlet: null,
        date: null,
        speakersCheckable: true,
      },
    ],
    nodes: [node('upland', true), node('lowland')],
    edges: [
      {
        source: 'upland',
        target: 'lowland',
        relation: 'strategic-partner',
        label: 'strategic cooperation',
        summary: 'Ours.',
        passages: [passage],
      },
    ],
  };
}

describe('re-anchoring a source pasted again', () => {
  it('follows a passage that moved, and one re-wrapped across lines', () => {
    const moved = reanchorSource(draft(), 'notes', 'A new first line.\n' + RIVER_TEXT);
    expect(moved).toMatchObject({ moved: 1, lost: 0 });
    const p = moved.pkg.edges[0]!.passages[0]!;
    expect(p.anchor.position.start).toBe(RIVER_TEXT.indexOf(QUOTE) + 18);
    expect(checkPackage(moved.pkg)).toEqual([]);

    const wrapped = reanchorSource(
      draft(),
      'notes',
      RIVER_TEXT.replace('strategic cooperation', 'strategic\ncooperation'),
    );
    expect(wrapped.lost).toBe(0);
    expect(wrapped.pkg.edges[0]!.passages[0]!.text).toContain('strategic\ncooperation');
    expect(checkPackage(wrapped.pkg)).toEqual([]);
  });

  it('flags a passage whose words changed, keeps it out of the map, and names it', () => {
    const changed = reanchorSource(draft(), 'notes', RIVER_TEXT.replace('expand', 'consider'));
    expect(changed).toMatchObject({ moved: 0, lost: 1 });
    const p = changed.pkg.edges[0]!.passages[0]!;
    expect(p.unanchored).toBe(true);
    expect(p.text).toBe(QUOTE); // kept, flagged, never silently dropped
    expect(packageToGraph(changed.pkg).edges).toEqual([]);
    expect(checkPackage(changed.pkg)).toContainEqual({
      where: 'map: edges[0] (upland–lowland).passages[0]',
      message: expect.stringContaining('no longer anchors') as string,
    });
    // Pasting the old text back anchors it again.
    const back = reanchorSource(changed.pkg, 'notes', RIVER_TEXT);
    expect(back.pkg.edges[0]!.passages[0]!.unanchored).toBeUndefined();
    expect(checkPackage(back.pkg)).toEqual([]);
  });

  it('prefers the occurrence the prefix and suffix agree with when the quote repeats', () => {
    const twice = `${QUOTE}.\n${RIVER_TEXT}`;
    const r = reanchorSource(draft(), 'notes', twice);
    expect(r.pkg.edges[0]!.passages[0]!.anchor.position.start).toBe(twice.lastIndexOf(QUOTE));
  });
});

describe('a map package', () => {
  it('refuses what is not a package, and names the wrong field of one that is', () => {
    expect(parsePackage({ nodes: [] })).toMatchObject({
      ok: false,
      problems: [{ where: 'package' }],
    });
    const bad = { ...draft(), nodes: [{ ...draft().nodes[0], kind: 'planet' }] };
    const parsed = parsePackage(JSON.parse(JSON.stringify(bad)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.where).toBe('package: nodes[0].kind');
  });

  it('migrates a schema 1 package: passages claim the weakest voice until audited', () => {
    const v1 = JSON.parse(JSON.stringify(draft())) as Record<string, unknown> & MapPackage;
    const edges = v1.edges.map(({ passages, ...e }) => ({
      ...e,
      passages: passages.map((p) => {
        const old: Partial<typeof p> = { ...p };
        delete old.voice;
        delete old.modality;
        return old;
      }),
    }));
    const parsed = parsePackage({
      ...v1,
      schemaVersion: 1,
      sources: v1.sources.map((s) => {
        const old: Partial<typeof s> = { ...s };
        delete old.speakersCheckable;
        return old;
      }),
      edges,
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.edges[0]!.passages[0]!.voice).toBe('unattributed');
  });

  it('reports a passage whose anchor does not point at its words', () => {
    const pkg = draft();
    const edge = pkg.edges[0]!;
    const wrong = {
      ...pkg,
      edges: [{ ...edge, passages: [{ ...edge.passages[0]!, text: 'the shared river' }] }],
    };
    expect(
      checkPackage(wrong)
        .map((p) => p.message)
        .join(),
    ).toContain('no longer anchors');
  });
});
