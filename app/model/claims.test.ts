// A line is the claims made about it: each class of overstatement the audit found must fail the
// data test when it is put back into a copy of the shipped data.
import { describe, expect, it } from 'vitest';
import { claimsOf, containsWords, familyOfWords, isContested, proposeLabel } from './claims';
import type { GraphData } from './schema';
import { copy, show, shipped, texts } from './shipped-graph.fixture';
import { checkIntegrity } from './validate';

const edgeAt = (data: GraphData, a: string, b: string) =>
  data.edges.findIndex((e) => e.source === a && e.target === b);
const problemsAt = (data: GraphData, where: string) =>
  show(checkIntegrity(data, texts))
    .split('\n')
    .filter((line) => line.includes(where));

describe('a drawn label is the firmest claim’s own words', () => {
  it('refuses a label stronger than the words under it', () => {
    const data = copy();
    const i = edgeAt(data, 'kazakhstan', 'china');
    data.edges[i]!.label = 'strategic partner';
    expect(problemsAt(data, `edges[${i}] (kazakhstan–china).label`)).toHaveLength(1);
  });

  it('refuses an unverified text’s words where a verifiable text speaks', () => {
    const data = copy();
    const i = edgeAt(data, 'kazakhstan', 'russia');
    // "strategic partnerships" is an unnamed official in the unverified report.
    data.edges[i]!.label = 'strategic partnerships';
    expect(problemsAt(data, `edges[${i}] (kazakhstan–russia).label`)).toHaveLength(1);
  });

  it('refuses a weaker voice’s words where a firmer one speaks', () => {
    const data = copy();
    const i = edgeAt(data, 'kazakhstan', 'united-states');
    // The essay's "constructive interaction", where the strategy (a document) says more.
    data.edges[i]!.label = 'constructive interaction';
    expect(problemsAt(data, `edges[${i}] (kazakhstan–united-states).label`)).toHaveLength(1);
  });

  it('accepts neutral words of the firmest claim when another passage carries the family', () => {
    const data = shipped();
    const cica = data.edges[edgeAt(data, 'kazakhstan', 'cica')]!;
    expect(cica.label).toBe('advocates transforming');
    expect(familyOfWords(cica.label)).toBeNull();
    expect(problemsAt(data, '(kazakhstan–cica)')).toEqual([]);
  });

  it('proposes the firmest passage’s first term for a new line', () => {
    const data = shipped();
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const us = data.edges[edgeAt(data, 'kazakhstan', 'united-states')]!;
    expect(proposeLabel(us, sources)).toMatch(/^expanded strategic partnership/);
  });

  it('matches whole words only, case and punctuation aside', () => {
    expect(containsWords('allied relations with Russia', 'Allied relations')).toBe(true);
    expect(containsWords('allied relations with Russia', 'allied rel')).toBe(false);
    expect(containsWords('the EU (EU) and', 'EU and')).toBe(true);
  });
});

describe('who speaks is what the text says', () => {
  it('refuses a text’s own framing as the journalist’s where it states no byline or outlet', () => {
    const data = copy();
    const i = edgeAt(data, 'kazakhstan', 'central-asia');
    const j = data.edges[i]!.passages.findIndex(
      (p) => p.source === 'tokayev-central-asia-item' && p.voice === 'unattributed',
    );
    data.edges[i]!.passages[j]!.voice = 'journalist';
    expect(problemsAt(data, `passages[${j}].voice`)).toEqual([
      expect.stringMatching(/states no byline or outlet/),
    ]);
  });

  it('refuses a speaker’s role in our words', () => {
    const data = copy();
    const i = edgeAt(data, 'kazakhstan', 'united-states');
    const j = data.edges[i]!.passages.findIndex((p) => p.speaker);
    data.edges[i]!.passages[j]!.speaker!.role = 'Kazakhstan’s foreign policy strategy';
    expect(problemsAt(data, `passages[${j}].speaker.role`)).toHaveLength(1);
  });
});

describe('voices side by side', () => {
  const data = shipped();
  const edge = (b: string) => data.edges[edgeAt(data, 'kazakhstan', b)]!;

  it('marks a line contested where voices pull apart, and only there', () => {
    expect(isContested(edge('russia'))).toBe(true); // allied relations beside strategic partnerships
    expect(isContested(edge('united-states'))).toBe(true); // constructive interaction, strategic partnership
    expect(isContested(edge('eeu'))).toBe(true); // a second text qualifies what the report says
    expect(isContested(edge('china'))).toBe(false);
    expect(isContested(edge('european-union'))).toBe(false);
    expect(isContested(edge('cica'))).toBe(false); // the strategy's own reporter adds a condition
  });

  it('lists the claims firmest first, verifiable before unverified, support before qualification', () => {
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const claims = claimsOf(edge('russia'), sources);
    expect(claims[0]).toMatchObject({ words: 'allied relations with Russia', family: 'ally' });
    const firstQualifying = claims.findIndex((c) => c.passage.stance === 'qualifies');
    const lastSupportingUnverified = claims.findLastIndex(
      (c) => c.passage.stance === 'supports' && c.passage.source === 'territorial-defense-report',
    );
    expect(firstQualifying).toBeGreaterThan(lastSupportingUnverified);
  });
});
