// The guided tours are server state like the graph: fetched only when a tour is opened,
// parsed at the boundary, cached by react-query. The parser (zod) is loaded with the first tour:
// the hook that reads the tours sits beside the graph's (i18n/use-localized.ts), in the first
// view, which must not carry it.
import { queryOptions } from '@tanstack/react-query';
import { DataError, fetchJson, retryOnce } from './graph-api';
import type { ToursData } from './tour-schema';

export async function getTours(url = 'data/tours.json'): Promise<ToursData> {
  const { raw } = await fetchJson(url, 'tours');
  const { parseTours } = await import('./tour-schema');
  const parsed = parseTours(raw);
  if (!parsed.ok) {
    throw new DataError(
      { key: 'toursShape' },
      parsed.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`),
    );
  }
  return parsed.data;
}

export const toursQueryOptions = () =>
  queryOptions({
    queryKey: ['tours'],
    queryFn: () => getTours(),
    staleTime: Infinity,
    retry: retryOnce,
  });
