// The full text of a source, as the build ships it (data/sources/<id>.txt). Server state,
// cached by react-query like the graph.
import { useQuery } from '@tanstack/react-query';
import { fetchText, retryOnce } from '@/model/graph-api';

const MAX_SOURCE_BYTES = 2_000_000;

const getSourceText = (id: string) =>
  fetchText(`data/sources/${encodeURIComponent(id)}.txt`, 'source', MAX_SOURCE_BYTES);

/** The text of a source the map has; nothing is fetched for an id it does not know. */
export function useSourceText(id: string, known: boolean) {
  return useQuery({
    queryKey: ['source-text', id],
    queryFn: () => getSourceText(id),
    enabled: known,
    staleTime: Infinity,
    retry: retryOnce,
  });
}
