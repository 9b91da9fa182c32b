// The full text of a source, as the build ships it (data/sources/<id>.txt). Server state,
// cached by react-query like the graph.
import { useQuery } from '@tanstack/react-query';
import { DataError, fetchWithin, retryOnce } from '@/model/graph-api';

const MAX_SOURCE_BYTES = 2_000_000;

async function getSourceText(id: string): Promise<string> {
  let response: Response;
  try {
    response = await fetchWithin(`data/sources/${encodeURIComponent(id)}.txt`);
  } catch {
    throw new DataError({ key: 'sourceNetwork' });
  }
  if (!response.ok) throw new DataError({ key: 'sourceHttp', args: [response.status] });
  // A page served in the text's place (a host's "not found" page, a login wall) is not the
  // source: shown, it would pass for the author's words.
  if (/html|xml/i.test(response.headers.get('Content-Type') ?? ''))
    throw new DataError({ key: 'sourceNotText' });
  const body = await response.text();
  if (body.length > MAX_SOURCE_BYTES) throw new DataError({ key: 'sourceTooLarge' });
  return body;
}

export function useSourceText(id: string) {
  return useQuery({
    queryKey: ['source-text', id],
    queryFn: () => getSourceText(id),
    staleTime: Infinity,
    retry: retryOnce,
  });
}
