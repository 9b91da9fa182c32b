// The curated graph is server state: fetched once from the JSON the build emits, parsed at
// the boundary, cached by react-query. Nothing here is copied into the UI store, and nothing
// here knows the interface language: i18n/use-localized.ts indexes the data in it.
import { queryOptions } from '@tanstack/react-query';
import { contentHash } from '@/lib/content-hash';
import type { GraphData } from './schema';

/** Why the map, the tours or a source could not be loaded. The catalogues word each key
 *  (error.*); the interface checks they cover every one where it shows them. */
export type Problem =
  | { key: 'graphHttp' | 'toursHttp' | 'sourceHttp'; args: [status: number] }
  | {
      key:
        | 'graphNetwork'
        | 'graphTooLarge'
        | 'graphJson'
        | 'graphShape'
        | 'toursNetwork'
        | 'toursTooLarge'
        | 'toursJson'
        | 'toursShape'
        | 'sourceNetwork'
        | 'sourceTooLarge'
        | 'unknown';
      args?: [];
    };

/** Refuse absurd payloads before parsing: the shipped graph is a few tens of kilobytes. */
export const MAX_GRAPH_BYTES = 5_000_000;

/** A load failure the reader is told about: `problem` names it in the catalogue (error.*). */
export class DataError extends Error {
  constructor(
    readonly problem: Problem,
    readonly details: string[] = [],
  ) {
    super(problem.key);
    this.name = 'DataError';
  }
}

/** Worth a retry: the request failed (network, HTTP status), not the data it brought. */
const transient = (key: Problem['key']) => key.endsWith('Network') || key.endsWith('Http');

/** One retry for a failed request; data refused as too large or malformed is refused at once. */
export function retryOnce(failures: number, error: Error): boolean {
  return failures < 1 && (!(error instanceof DataError) || transient(error.problem.key));
}

/** What went wrong, in the reader's language: the problem a DataError names, or a general one. */
export function problemOf(error: Error): Problem {
  return error instanceof DataError ? error.problem : { key: 'unknown' };
}

/** What a loader fetches: its failures are worded per kind (error.graphHttp, error.toursJson…). */
export type Fetched = 'graph' | 'tours' | 'source';

/**
 * The one fetch of the app's data: a body within a size limit, each failure a DataError naming
 * what was fetched and why it failed. A declared length over the limit is refused before a
 * byte of the body is read.
 */
export async function fetchText(url: string, what: Fetched, max: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: what === 'source' ? 'text/plain' : 'application/json' },
    });
  } catch {
    throw new DataError({ key: `${what}Network` });
  }
  if (!response.ok) throw new DataError({ key: `${what}Http`, args: [response.status] });
  const tooLarge = () => new DataError({ key: `${what}TooLarge` });
  if (Number(response.headers.get('Content-Length') ?? 0) > max) throw tooLarge();
  const body = await response.text();
  if (body.length > max) throw tooLarge();
  return body;
}

/** A JSON body within MAX_GRAPH_BYTES, and the text it was parsed from. */
export async function fetchJson(
  url: string,
  what: Exclude<Fetched, 'source'> = 'graph',
): Promise<{ body: string; raw: unknown }> {
  const body = await fetchText(url, what, MAX_GRAPH_BYTES);
  try {
    return { body, raw: JSON.parse(body) as unknown };
  } catch {
    throw new DataError({ key: `${what}Json` });
  }
}

/** The data objects getGraph returned because they were the very file the build validated. */
const fromBuild = new WeakSet<GraphData>();

/** Whether this is the data the build validated (and prerendered the first view from). */
export const isBuildData = (data: GraphData | undefined): boolean => !!data && fromBuild.has(data);

export async function getGraph(url = 'data/graph.json'): Promise<GraphData> {
  const { body, raw } = await fetchJson(url);
  // The build validated this very file and stamped the app with its hash, so the first view
  // carries no validator (zod and the checks are some 9 kB gzip). Any other body (another
  // build's data, a changed or hand-served file) is parsed in full, the validator loaded now.
  if (__GRAPH_HASH__ && contentHash(body) === __GRAPH_HASH__) {
    fromBuild.add(raw as GraphData);
    return raw as GraphData;
  }
  const { parseGraph } = await import('./validate');
  const parsed = parseGraph(raw, 'graph.json');
  if (!parsed.ok) {
    throw new DataError(
      { key: 'graphShape' },
      parsed.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    );
  }
  return parsed.data;
}

// Where the map's graph comes from: the shipped file, unless a map package (?data=) or the
// editor's draft (?edit) is being shown, whose loader is set before the first render.
let graphSource: () => Promise<GraphData> = () => getGraph();

export function setGraphSource(load: () => Promise<GraphData>): void {
  graphSource = load;
}

export const graphQueryOptions = () =>
  queryOptions({
    queryKey: ['graph'],
    queryFn: () => graphSource(),
    staleTime: Infinity,
    retry: retryOnce,
  });
