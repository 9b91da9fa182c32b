// The graph in GEXF 1.3 (https://gexf.net/1.3), for Gephi, Gephi Lite and Retina: typed node and
// edge attributes (relation, stance counts, evidence strength, reliability, passage and source
// counts). GEXF has no graph attributes: the credit and licence go in <meta> (creator,
// description), which Gephi and graphology read as the graph's attributes. The same graph in
// GEXF 1.2 (version "1.2"), for readers that refuse 1.3 (networkx before 3.6).
import type { GraphData } from '../../model/schema.ts';
import { CREDIT, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { EDGE_ATTRIBUTES, edgeFacts, NODE_ATTRIBUTES, nodeFacts, xml } from './edge-facts.ts';

// GEXF calls whole numbers "integer"; GraphML "int".
const gexfType = (t: string) => (t === 'int' ? 'integer' : t);

const VERSIONS = {
  '1.3':
    'xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3"',
  '1.2':
    'xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2"',
} as const;

export function buildGexf(data: GraphData, date: string, version: '1.3' | '1.2' = '1.3'): string {
  const attrs = (cls: string, list: readonly (readonly [string, string, unknown])[]) =>
    [
      `    <attributes class="${cls}">`,
      ...list.map(
        ([id, type]) => `      <attribute id="${id}" title="${id}" type="${gexfType(type)}"/>`,
      ),
      '    </attributes>',
    ].join('\n');
  const values = (
    list: readonly (readonly [string, string, (x: never) => string | number])[],
    x: unknown,
  ) =>
    list.map(([id, , get]) => `<attvalue for="${id}" value="${xml(get(x as never))}"/>`).join('');
  const nodes = nodeFacts(data).map(
    (n) =>
      `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues>${values(NODE_ATTRIBUTES, n)}</attvalues></node>`,
  );
  const edges = edgeFacts(data).map(
    (e) =>
      `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.label)}"><attvalues>${values(EDGE_ATTRIBUTES, e)}</attvalues></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xml(CREDIT)} Built ${date}. -->`,
    `<gexf ${VERSIONS[version]}>`,
    `  <meta lastmodifieddate="${date}">`,
    `    <creator>${xml(MAP_TITLE)}</creator>`,
    `    <description>${xml(`${CREDIT} ${WIKIDATA_MAPPING}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    attrs('node', NODE_ATTRIBUTES),
    attrs('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
