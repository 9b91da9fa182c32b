// The full text of a source, as the build ships it (data/sources/<id>.txt). Server state,
// cached by react-query like the graph.
import { useQuery } from '@tanstack/react-query';
import { fetchText, retryOnce } from '@/model/graph-api';

const MAX_SOURCE_BYTES = 2_000_000;

const getSourceText = (id: string) =>
  fetchText(`data/sources/${encodeURIComponent(id)}.txt`, 'source', MAX_SOURCE_BYTES);

export function useSourceText(id: string) {
  return useQuery({
    queryKey: ['source-text', id],
    queryFn: () => getSourceText(id),
    staleTime: Infinity,
    retry: retryOnce,
  });
}
