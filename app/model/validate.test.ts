// Every integrity check must be able to fail: each test breaks one thing in a copy of the real
// data and expects the problem to name it. (The shipped data passing them all: shipped-data.test.ts.)
import { describe, expect, it } from 'vitest';
import { copy, indexOfNode, raw, show, texts } from './shipped-graph.fixture';
import { checkIntegrity, parseGraph } from './validate';

describe('checkIntegrity catches', () => {
  it('a passage with one word changed, naming file, edge and field', () => {
    const data = copy();
    const passage = data.edges[0]!.passages[0]!;
    // The first word: the middle one may be part of a term, which would be a second problem.
    const words = passage.text.split(' ');
    words[0] = 'banana';
    passage.text = words.join(' ');
    const e = data.edges[0]!;
    const problems = checkIntegrity(data, texts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe(
      `graph.json: edges[0] (${e.source}–${e.target}).passages[0].text`,
    );
    expect(problems[0]!.message).toMatch(/not verbatim in \S+\.txt/);
  });

  it('a passage without a voice or a modality, naming the field', () => {
    const broken = structuredClone(raw) as { edges: { passages: Record<string, unknown>[] }[] };
    delete broken.edges[0]!.passages[0]!.voice;
    delete broken.edges[1]!.passages[0]!.modality;
    const parsed = parseGraph(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(show(parsed.problems)).toMatch(/edges\[0\] \(\S+\)\.passages\[0\]\.voice: is missing/);
    expect(show(parsed.problems)).toMatch(
      /edges\[1\] \(\S+\)\.passages\[0\]\.modality: is missing/,
    );
  });

  it('a voice that does not fit who the text says speaks', () => {
    const data = copy();
    const i = data.edges.findIndex((e) => e.target === 'china');
    data.edges[i]!.passages[0]!.voice = 'official';
    data.edges[i]!.passages.push({ ...data.edges[i]!.passages[0]!, voice: 'unattributed' });
    const problems = show(checkIntegrity(data, texts));
    expect(problems).toContain(`edges[${i}] (kazakhstan–china).passages[0].voice: is “official”`);
    expect(problems).toMatch(
      /passages\[1\]\.voice: is “unattributed”, but its source names an author/,
    );
  });

  it('a term that is not the passage’s own words', () => {
    const data = copy();
    const i = data.edges.findIndex((e) => e.target === 'china');
    data.edges[i]!.passages[0]!.terms = ['strategic partner'];
    const problems = checkIntegrity(data, texts);
    expect(show(problems)).toContain(`edges[${i}] (kazakhstan–china).passages[0].terms[0]`);
    expect(show(problems)).toMatch(/not verbatim in the passage/);
  });

  it('a drawn label that no supporting passage’s words carry', () => {
    const data = copy();
    const i = data.edges.findIndex((e) => e.target === 'russia' && e.source === 'kazakhstan');
    // Without "allied relations", the firmest verifiable passage no longer says it.
    data.edges[i]!.passages = data.edges[i]!.passages.filter(
      (p) => !p.terms.some((t) => /allied/.test(t)),
    );
    const problems = checkIntegrity(data, texts);
    expect(problems.map((p) => p.where)).toContain(
      `graph.json: edges[${i}] (kazakhstan–russia).label`,
    );
    // A family a stronger word would need: China, whose words are "strategic cooperation", drawn
    // in the alliance's colour.
    const j = data.edges.findIndex((e) => e.target === 'china');
    data.edges[j]!.relation = 'ally';
    expect(show(checkIntegrity(data, texts))).toContain(
      `graph.json: edges[${j}] (kazakhstan–china).label: “strategic cooperation” names the family “strategic-partner”, not “ally”`,
    );
  });

  it('but accepts a passage whose whitespace differs from the text', () => {
    const data = copy();
    const passage = data.edges[0]!.passages[0]!;
    passage.text = passage.text.replace(/ /g, '\n  ');
    expect(checkIntegrity(data, texts)).toEqual([]);
  });

  it('a passage in a node’s own list that is not verbatim', () => {
    const data = copy();
    const k = indexOfNode(data, 'kazakhstan');
    data.nodes[k]!.passages[0]!.text += ' Invented.';
    const problems = checkIntegrity(data, texts);
    expect(problems.map((p) => p.where)).toEqual([
      `graph.json: nodes[${k}] (kazakhstan).passages[0].text`,
    ]);
  });

  it('an edge to an unknown node', () => {
    const data = copy();
    data.edges.push({ ...data.edges[0]!, target: 'atlantis' });
    const i = data.edges.length - 1;
    const problems = checkIntegrity(data, texts);
    expect(problems).toContainEqual({
      where: `graph.json: edges[${i}] (${data.edges[0]!.source}–atlantis).target`,
      message: 'names unknown node “atlantis”',
    });
  });

  it('a duplicate node id', () => {
    const data = copy();
    const r = indexOfNode(data, 'russia');
    data.nodes.push(structuredClone(data.nodes[r]!));
    const problems = checkIntegrity(data, texts);
    expect(problems).toEqual([
      {
        where: `graph.json: nodes[${data.nodes.length - 1}] (russia).id`,
        message: `duplicates the id of nodes[${r}]; node ids must be unique`,
      },
    ]);
  });

  it('an invented author', () => {
    const data = copy();
    const s = data.sources.findIndex((x) => x.author !== null);
    data.sources[s]!.author = 'Jane Invented';
    const problems = checkIntegrity(data, texts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe(`graph.json: sources[${s}] (${data.sources[s]!.id}).author`);
    expect(problems[0]!.message).toContain(data.sources[s]!.file);
  });

  it('a title, outlet or date the text does not state', () => {
    const data = copy();
    data.sources[0]!.title = 'A Title Nobody Wrote';
    data.sources[0]!.outlet = 'The Daily Invention';
    data.sources[0]!.date = '1 April 2021';
    const where = checkIntegrity(data, texts).map((p) => p.where);
    const id = data.sources[0]!.id;
    expect(where).toEqual([
      `graph.json: sources[0] (${id}).title`,
      `graph.json: sources[0] (${id}).outlet`,
      `graph.json: sources[0] (${id}).date`,
    ]);
  });

  it('a node with no edge and no passages', () => {
    const data = copy();
    data.nodes.push({
      id: 'atlantis',
      label: 'Atlantis',
      kind: 'country',
      aliases: [],
      description: 'Not in any text.',
      passages: [],
    });
    const problems = checkIntegrity(data, texts);
    expect(problems).toEqual([
      {
        where: `graph.json: nodes[${data.nodes.length - 1}] (atlantis)`,
        message: 'is on no edge and has no passages of its own',
      },
    ]);
  });

  it('a self-loop and a duplicate edge given in the other order', () => {
    const data = copy();
    const e = data.edges[0]!;
    data.edges.push({ ...e, target: e.source });
    data.edges.push({ ...e, source: e.target, target: e.source });
    const messages = checkIntegrity(data, texts).map((p) => `${p.where}: ${p.message}`);
    expect(messages.some((m) => /joins \S+ to itself/.test(m))).toBe(true);
    expect(messages.some((m) => m.includes('duplicates edges[0]'))).toBe(true);
  });

  it('a passage citing an unknown source, a duplicate source id and a missing source file', () => {
    const data = copy();
    data.edges[0]!.passages[0]!.source = 'nowhere';
    data.sources.push({ ...data.sources[0]! });
    data.sources.push({ ...data.sources[0]!, id: 'lost', file: 'lost.txt' });
    const where = checkIntegrity(data, texts).map((p) => p.where);
    expect(where).toContain(
      `graph.json: sources[${data.sources.length - 2}] (${data.sources[0]!.id}).id`,
    );
    expect(where).toContain(`graph.json: sources[${data.sources.length - 1}] (lost).file`);
    const e = data.edges[0]!;
    expect(where).toContain(`graph.json: edges[0] (${e.source}–${e.target}).passages[0].source`);
  });

  it('an unused source without a reason, and a used source with one', () => {
    const data = copy();
    data.sources.push({ ...data.sources[0]!, id: 'spare' });
    data.sources[0]!.unusedReason = 'Says nothing.';
    const problems = checkIntegrity(data, texts);
    expect(problems).toEqual([
      {
        where: `graph.json: sources[0] (${data.sources[0]!.id}).unusedReason`,
        message: 'is set, but passages cite this source',
      },
      {
        where: `graph.json: sources[${data.sources.length - 1}] (spare)`,
        message: 'is cited by no passage and gives no unusedReason',
      },
    ]);
  });

  it('no focal node, or two', () => {
    const none = copy();
    for (const n of none.nodes) delete n.focal;
    expect(checkIntegrity(none, texts).map((p) => p.where)).toContain('graph.json: nodes');
    const two = copy();
    const r = indexOfNode(two, 'russia');
    two.nodes[r]!.focal = true;
    expect(checkIntegrity(two, texts).map((p) => p.where)).toEqual([
      `graph.json: nodes[${r}] (russia).focal`,
    ]);
  });
});
