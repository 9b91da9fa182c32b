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
