// The curated graph is server state: fetched once from the JSON the build emits, parsed at
// the boundary, cached by react-query. Nothing here is copied into the UI store.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex, type GraphIndex } from './graph-index';
import { parseGraph } from './validate';

/** Refuse absurd payloads before parsing: the shipped graph is a few tens of kilobytes. */
export const MAX_GRAPH_BYTES = 5_000_000;

export class DataError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'DataError';
  }
}

export async function getGraph(url = 'data/graph.json'): Promise<GraphIndex> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new DataError('The map data could not be loaded: the network request failed.');
  }
  if (!response.ok) {
    throw new DataError(`The map data could not be loaded (HTTP ${response.status}).`);
  }
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(response.headers.get('Content-Length') ?? 0) > MAX_GRAPH_BYTES) {
    throw new DataError('The map data is too large to be the curated graph, so it was not read.');
  }
  const body = await response.text();
  if (body.length > MAX_GRAPH_BYTES) {
    throw new DataError('The map data is too large to be the curated graph, so it was not read.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new DataError('The map data is not valid JSON.');
  }
  const parsed = parseGraph(raw, 'graph.json');
  if (!parsed.ok) {
    throw new DataError(
      'The map data does not have the expected shape.',
      parsed.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    );
  }
  return buildIndex(parsed.data);
}

export const graphQueryOptions = () =>
  queryOptions({
    queryKey: ['graph'],
    queryFn: () => getGraph(),
    staleTime: Infinity,
    retry: 1,
  });

export function useGraph() {
  return useQuery(graphQueryOptions());
}
