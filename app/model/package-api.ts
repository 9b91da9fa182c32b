// Opening a map package (?data=, or a file in the editor): read within the size limit, parsed
// and checked at the boundary like graph.json, then fed into the same react-query cache the
// shipped data fills — graph, tours and source texts — so every feature works on it as is.
import type { QueryClient } from '@tanstack/react-query';
import { DataError, fetchJson, MAX_GRAPH_BYTES } from './graph-api';
import { parsePackage, type MapPackage } from './map-package';
import { checkPackage, packageToGraph } from './package-graph';

/** The same limit as the shipped graph's (graph-api.ts): a package is refused past it. */
export const MAX_PACKAGE_BYTES = MAX_GRAPH_BYTES;

export type PackageResult =
  | { ok: true; data: MapPackage }
  | { ok: false; reason: 'tooLarge' | 'json' | 'shape'; details: string[] };

/**
 * Reads a package from its text. `strict` (a package shown as a map) refuses any broken data
 * rule; otherwise (a draft opened in the editor) only a wrong shape or a passage that does not
 * anchor in its text is refused, and the rest is shown beside what is wrong.
 */
export function readPackage(body: string, strict: boolean): PackageResult {
  if (body.length > MAX_PACKAGE_BYTES) return { ok: false, reason: 'tooLarge', details: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'json', details: [] };
  }
  const parsed = parsePackage(raw);
  if (!parsed.ok) {
    const details = parsed.problems.map((p) => `${p.where}: ${p.message}`);
    return { ok: false, reason: 'shape', details };
  }
  const problems = checkPackage(parsed.data, 'package').filter(
    (p) => strict || p.message.includes('no longer anchors'),
  );
  if (problems.length) {
    const details = problems.map((p) => `${p.where}: ${p.message}`);
    return { ok: false, reason: 'shape', details };
  }
  return parsed;
}

/** A package from a same-origin URL (checked by the caller, lib/package-url.ts), for the map. */
export async function getPackage(url: string): Promise<MapPackage> {
  const { body } = await fetchJson(url);
  const read = readPackage(body, true);
  if (read.ok) return read.data;
  if (read.reason === 'tooLarge') throw new DataError({ key: 'graphTooLarge' });
  if (read.reason === 'json') throw new DataError({ key: 'graphJson' });
  throw new DataError({ key: 'graphShape' }, read.details.slice(0, 5));
}

/**
 * Puts a package's tours and texts where the tour and source views look for them (their
 * query keys), kept for the session, and returns the graph the map draws.
 */
export function seedPackage(client: QueryClient, pkg: MapPackage) {
  client.setQueryDefaults(['source-text'], { gcTime: Infinity });
  client.setQueryDefaults(['tours'], { gcTime: Infinity });
  client.setQueryData(['tours'], pkg.tours);
  for (const s of pkg.sources) client.setQueryData(['source-text', s.id], s.text);
  return packageToGraph(pkg);
}
