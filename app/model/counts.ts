// What the map's lines rest on, each counted once: a passage several lines cite (one essay
// sentence names Russia, China, the United States, the EU, NATO and the OSCE at once) is one
// quotation, not six. Every count the interface and the exports state comes from here.
import type { GraphData, Passage } from './schema';

const quoteKey = (p: Passage) => `${p.source}\u0000${p.text.replace(/\s+/gu, ' ').trim()}`;

/** Distinct quotations among the passages (the same words from the same source count once). */
export function distinctPassages(passages: readonly Passage[]): number {
  return new Set(passages.map(quoteKey)).size;
}

/** The texts the lines cite and the distinct quotations they rest on. */
export function lineEvidence(data: Pick<GraphData, 'edges'>): {
  sources: number;
  passages: number;
} {
  const passages = data.edges.flatMap((e) => e.passages);
  return {
    sources: new Set(passages.map((p) => p.source)).size,
    passages: distinctPassages(passages),
  };
}
