// The quote selectors the build wrote for one source's passages (data/export/annotations.jsonld),
// so the source view marks each passage where its Web Annotation says, as any other annotation
// tool would. Optional: while the file loads, or if it cannot, passages are marked by their
// words (first occurrence), as before.
import { useQuery } from '@tanstack/react-query';
import type { QuoteSelector } from '@/lib/open-data/anchor';
import { fetchText, MAX_GRAPH_BYTES } from '@/model/graph-api';
import { normaliseWhitespace } from '@/model/validate';

export interface SourceAnchor {
  quote: QuoteSelector;
  /** TextPositionSelector start, in code points. */
  start: number | undefined;
}

type Anchors = Map<string, Map<string, SourceAnchor>>;

interface Selector {
  type?: unknown;
  exact?: unknown;
  prefix?: unknown;
  suffix?: unknown;
  start?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** source id → normalised passage text → anchor; anything malformed is skipped. */
async function getAnchors(): Promise<Anchors> {
  // A failure (network, size, JSON) leaves the query without data: passages fall back to words.
  const body = await fetchText('data/export/annotations.jsonld', 'source', MAX_GRAPH_BYTES);
  const json = JSON.parse(body) as { first?: { items?: unknown } };
  const items = Array.isArray(json.first?.items) ? (json.first.items as unknown[]) : [];
  const out: Anchors = new Map();
  for (const item of items) {
    const target = (item as { target?: { source?: unknown; selector?: unknown } }).target;
    const source = str(target?.source)?.match(/sources\/([a-z0-9-]+)\.txt$/)?.[1];
    const selectors = Array.isArray(target?.selector) ? (target.selector as Selector[]) : [];
    const q = selectors.find((s) => s.type === 'TextQuoteSelector');
    const p = selectors.find((s) => s.type === 'TextPositionSelector');
    const exact = str(q?.exact);
    if (!source || !exact) continue;
    const bySource = out.get(source) ?? new Map<string, SourceAnchor>();
    bySource.set(normaliseWhitespace(exact), {
      quote: { exact, prefix: str(q?.prefix), suffix: str(q?.suffix) },
      start: typeof p?.start === 'number' ? p.start : undefined,
    });
    out.set(source, bySource);
  }
  return out;
}

export function useSourceAnchors(id: string): ReadonlyMap<string, SourceAnchor> | undefined {
  const { data } = useQuery({
    queryKey: ['annotations'],
    queryFn: getAnchors,
    staleTime: Infinity,
    retry: false,
  });
  return data?.get(id);
}
