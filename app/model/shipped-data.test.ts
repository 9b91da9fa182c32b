// The shipped data must parse and pass every check; parse problems must name where they are.
import { describe, expect, it } from 'vitest';
import { CONTRACT_IDS, CONTRACT_PARTNER_IDS } from './contract';
import { raw, shipped, show, texts } from './shipped-graph.fixture';
import { checkIntegrity, normaliseWhitespace, parseGraph } from './validate';

describe('the shipped data', () => {
  it('parses against the schema', () => {
    const parsed = parseGraph(raw);
    expect(parsed.ok, parsed.ok ? '' : show(parsed.problems)).toBe(true);
  });

  it('passes every integrity check: each passage is verbatim in its source', () => {
    const problems = checkIntegrity(shipped(), texts);
    expect(problems, show(problems)).toEqual([]);
  });

  it('has the contract entities, each related to Kazakhstan', () => {
    const data = shipped();
    const ids = new Set(data.nodes.map((n) => n.id));
    for (const id of CONTRACT_IDS) expect(ids.has(id), `missing node ${id}`).toBe(true);
    expect(data.nodes.find((n) => n.focal)?.id).toBe('kazakhstan');
    for (const id of CONTRACT_PARTNER_IDS) {
      const edge = data.edges.find(
        (e) =>
          (e.source === 'kazakhstan' && e.target === id) ||
          (e.target === 'kazakhstan' && e.source === id),
      );
      expect(edge, `no edge between kazakhstan and ${id}`).toBeDefined();
    }
  });

  it('marks at least one passage as qualifying its relation', () => {
    const passages = shipped().edges.flatMap((e) => e.passages);
    expect(passages.some((p) => p.stance === 'qualifies')).toBe(true);
  });

  it('ships a text for every source', () => {
    for (const s of shipped().sources) expect(texts[s.file], s.file).toBeDefined();
  });
});

describe('normaliseWhitespace', () => {
  it('collapses spaces, NBSP, tabs and newlines, and trims', () => {
    expect(normaliseWhitespace('  a\u00a0 b\n\n\tc  ')).toBe('a b c');
  });
});

describe('parseGraph reports', () => {
  it('a missing field, naming file, record and field', () => {
    const broken = structuredClone(raw) as { nodes: Record<string, unknown>[] };
    const r = broken.nodes.findIndex((n) => n.id === 'russia');
    delete broken.nodes[r]!.kind;
    const parsed = parseGraph(broken, 'data/graph.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.where).toBe(`data/graph.json: nodes[${r}] (russia).kind`);
    expect(parsed.problems[0]!.message).toMatch(/missing/);
  });

  it('a wrong value inside an edge’s passage, naming the edge by its endpoints', () => {
    const broken = structuredClone(raw) as {
      edges: { source: string; target: string; passages: Record<string, unknown>[] }[];
    };
    const e = broken.edges[0]!;
    e.passages[0]!.stance = 'maybe';
    const parsed = parseGraph(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.where)).toEqual([
      `graph.json: edges[0] (${e.source}–${e.target}).passages[0].stance`,
    ]);
  });

  it('an unknown field and a wrong schema version', () => {
    const broken = structuredClone(raw) as Record<string, unknown>;
    broken.schemaVersion = 99;
    broken.extra = true;
    const parsed = parseGraph(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const where = parsed.problems.map((p) => p.where);
    expect(where).toContain('graph.json: schemaVersion');
    expect(where).toContain('graph.json');
  });
});
