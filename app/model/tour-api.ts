// The guided tours are server state like the graph: fetched only when a tour is opened,
// parsed at the boundary, cached by react-query.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataError, MAX_GRAPH_BYTES } from './graph-api';
import { parseTours, type ToursData } from './tour-schema';

export async function getTours(url = 'data/tours.json'): Promise<ToursData> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new DataError('The tours could not be loaded: the network request failed.');
  }
  if (!response.ok) throw new DataError(`The tours could not be loaded (HTTP ${response.status}).`);
  const body = await response.text();
  if (body.length > MAX_GRAPH_BYTES) throw new DataError('The tours file is too large to read.');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new DataError('The tours file is not valid JSON.');
  }
  const parsed = parseTours(raw);
  if (!parsed.ok) {
    throw new DataError(
      'The tours file does not have the expected shape.',
      parsed.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    );
  }
  return parsed.data;
}

export const toursQueryOptions = () =>
  queryOptions({ queryKey: ['tours'], queryFn: () => getTours(), staleTime: Infinity, retry: 1 });

export function useTours() {
  return useQuery(toursQueryOptions());
}
