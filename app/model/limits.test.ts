// Oversized data is bad data: the schema caps the counts, and the message names the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError, retryOnce } from './graph-api';
import { MAX_EDGES, MAX_NODES } from './schema';
import { syntheticGraph } from '../../scripts/bench/synthetic.mjs';
import { parseGraph } from './validate';

const raw = JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')) as {
  nodes: { id: string; focal?: boolean }[];
  edges: unknown[];
};

describe('parseGraph refuses oversized data', () => {
  it('more nodes than MAX_NODES', () => {
    const node = raw.nodes.find((n) => !n.focal)!;
    const extra = Array.from({ length: MAX_NODES }, (_, i) => ({ ...node, id: `n-${i}` }));
    const parsed = parseGraph({ ...raw, nodes: [...raw.nodes, ...extra] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.where)).toEqual(['graph.json: nodes']);
    expect(parsed.problems[0]!.message).toMatch(/10000|too big/i);
  });

  it('more edges than MAX_EDGES', () => {
    const edges = Array.from({ length: MAX_EDGES + 1 }, () => raw.edges[0]);
    const parsed = parseGraph({ ...raw, edges });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.where)).toEqual(['graph.json: edges']);
  });

  it('a synthetic graph of 5,000 nodes, as the benchmark draws, is accepted', () => {
    expect(parseGraph(syntheticGraph(5000)).ok).toBe(true);
  });
});

describe('retrying a failed load', () => {
  it('retries a failed request once, never data refused as malformed or too large', () => {
    expect(retryOnce(0, new DataError({ key: 'graphNetwork' }))).toBe(true);
    expect(retryOnce(0, new DataError({ key: 'graphHttp', args: [503] }))).toBe(true);
    expect(retryOnce(1, new DataError({ key: 'graphNetwork' }))).toBe(false);
    expect(retryOnce(0, new DataError({ key: 'graphTooLarge' }))).toBe(false);
    expect(retryOnce(0, new DataError({ key: 'graphShape' }))).toBe(false);
    expect(retryOnce(0, new DataError({ key: 'toursJson' }))).toBe(false);
  });
});

describe('one set of limits for reader, editor and build', () => {
  it('a package past them is refused by the editor too, before any check runs over it', async () => {
    const { readPackage } = await import('./package-api');
    const nodes = Array.from({ length: MAX_NODES + 4 }, (_, i) => ({ id: `n-${i}` }));
    const body = JSON.stringify({ format: 'relations-map-package', nodes, edges: [] });
    const read = readPackage(body, false);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toBe('tooLarge');
    expect(read.details.join()).toMatch(/nodes: more than 10000 \(10004\)/);
  });
});
