// The graph in JSON Graph Format v2 (https://jsongraphformat.info/v2.0/json-graph-schema.json):
// one undirected graph, nodes keyed by id, each edge with its relation and evidence counts.
import type { GraphData } from '../../model/schema.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { edgeFacts, nodeFacts } from './edge-facts.ts';

export function buildJgf(data: GraphData, date: string): string {
  const nodes = Object.fromEntries(
    nodeFacts(data).map(({ id, label, ...metadata }) => [id, { label, metadata }]),
  );
  const edges = edgeFacts(data).map(({ id, source, target, relation, label, ...metadata }) => ({
    id,
    source,
    target,
    relation,
    directed: false,
    label,
    metadata,
  }));
  const graph = {
    id: 'kazakhstan-relations',
    type: 'evidence map',
    label: MAP_TITLE,
    directed: false,
    metadata: {
      license: LICENCE_URL,
      credit: CREDIT,
      built: date,
      wikidataMapping: WIKIDATA_MAPPING,
      strengthLevels:
        'several: supporting passages from two or more sources; single: from one verifiable source; unverified: only from an unverified text (app/model/strength.ts).',
    },
    nodes,
    edges,
  };
  return JSON.stringify({ graph }, null, 2) + '\n';
}
