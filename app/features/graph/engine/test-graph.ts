// Small graphs for the graph feature's unit tests.
import type { GraphEdge, GraphNode } from '@/model/schema';

export const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label: id,
  kind: 'country',
  aliases: [],
  description: 'd',
  passages: [],
  ...extra,
});

export const edge = (source: string, target: string): GraphEdge => ({
  source,
  target,
  relation: 'ally',
  label: 'words',
  summary: 's',
  passages: [
    { source: 's', text: 't', voice: 'analyst', modality: 'states', terms: [], stance: 'supports' },
  ],
});
