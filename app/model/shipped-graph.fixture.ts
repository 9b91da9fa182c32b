// The shipped data, read from data/ for the data tests: every check must pass on it, and each
// negative test breaks one thing in a fresh copy of it.
import { readFileSync, readdirSync } from 'node:fs';
import type { GraphData } from './schema';
import { parseGraph, type DataProblem } from './validate';

const dataDir = new URL('../../data/', import.meta.url);
export const raw: unknown = JSON.parse(readFileSync(new URL('graph.json', dataDir), 'utf8'));
export const texts: Record<string, string> = {};
for (const name of readdirSync(new URL('sources/', dataDir))) {
  if (name.endsWith('.txt'))
    texts[name] = readFileSync(new URL(`sources/${name}`, dataDir), 'utf8');
}

export const show = (problems: DataProblem[]) =>
  problems.map((p) => `${p.where}: ${p.message}`).join('\n');

export function shipped(): GraphData {
  const parsed = parseGraph(raw);
  if (!parsed.ok) throw new Error(`graph.json does not parse:\n${show(parsed.problems)}`);
  return parsed.data;
}

/** A fresh copy of the shipped data to break. */
export const copy = (): GraphData => structuredClone(shipped());

export const indexOfNode = (data: GraphData, id: string) =>
  data.nodes.findIndex((n) => n.id === id);
