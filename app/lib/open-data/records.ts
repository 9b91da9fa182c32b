// The passages of the graph as flat records, one per use of a passage (a relation × passage,
// or an entity × passage), in the order of graph.json. Every export walks these, so the
// annotations, the CSV rows and the counts in the graph files always agree.
import type { GraphData, GraphEdge, GraphNode, Passage } from '../../model/schema.ts';

export interface PassageRecord {
  /** A stable id: "kazakhstan--russia--ally--p1" or "kazakhstan--p3" (1-based). */
  id: string;
  passage: Passage;
  /** The relation the passage bears on, or null for a passage about an entity itself. */
  edge: GraphEdge | null;
  /** The entity, for a passage about an entity itself. */
  node: GraphNode | null;
}

export function edgeId(e: Pick<GraphEdge, 'source' | 'target' | 'relation'>): string {
  return `${e.source}--${e.target}--${e.relation}`;
}

export function passageRecords(data: GraphData): PassageRecord[] {
  const out: PassageRecord[] = [];
  for (const edge of data.edges) {
    edge.passages.forEach((passage, i) =>
      out.push({ id: `${edgeId(edge)}--p${i + 1}`, passage, edge, node: null }),
    );
  }
  for (const node of data.nodes) {
    node.passages.forEach((passage, i) =>
      out.push({ id: `${node.id}--p${i + 1}`, passage, edge: null, node }),
    );
  }
  return out;
}

/** One key per quotation: the same words from the same text are one passage, however used. */
export function passageKey(p: Pick<Passage, 'source' | 'text'>): string {
  return `${p.source}\u0000${p.text.trim().replace(/\s+/gu, ' ')}`;
}

/** The passages without repeats (the first of each), so counts are of distinct quotations. */
export function distinctPassages<P extends Pick<Passage, 'source' | 'text'>>(
  passages: readonly P[],
): P[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = passageKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How many distinct passages the whole map quotes (a passage used by two relations counts once). */
export function distinctPassageCount(data: GraphData): number {
  return distinctPassages([...data.edges, ...data.nodes].flatMap((x) => x.passages)).length;
}
