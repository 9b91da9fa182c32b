// The graph in GraphML (http://graphml.graphdrawing.org/), with typed keys (attr.type) for
// every node and edge attribute; the credit and build date are graph-level data and a comment.
import type { GraphData } from '../../model/schema.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { EDGE_ATTRIBUTES, edgeFacts, NODE_ATTRIBUTES, nodeFacts, xml } from './edge-facts.ts';

type Attr = readonly [string, string, (x: never) => string | number];

export function buildGraphml(data: GraphData, date: string): string {
  const key = (scope: 'node' | 'edge', [id, type]: Attr) =>
    `  <key id="${scope}-${id}" for="${scope}" attr.name="${id}" attr.type="${type}"/>`;
  const datum = (scope: string, list: readonly Attr[], x: unknown) =>
    list.map(([id, , get]) => `<data key="${scope}-${id}">${xml(get(x as never))}</data>`).join('');
  const graphKeys = ['title', 'license', 'credit', 'built', 'wikidataMapping'];
  const graphValues = [MAP_TITLE, LICENCE_URL, CREDIT, date, WIKIDATA_MAPPING];
  const label = (scope: string, s: string) => `<data key="${scope}-label">${xml(s)}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xml(CREDIT)} Built ${date}. -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.map(
      (k) => `  <key id="graph-${k}" for="graph" attr.name="${k}" attr.type="string"/>`,
    ),
    // One label key per scope: graphology's reader does not take for="all".
    '  <key id="node-label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="edge-label" for="edge" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map((a) => key('node', a)),
    ...EDGE_ATTRIBUTES.map((a) => key('edge', a)),
    '  <graph id="kazakhstan-relations" edgedefault="undirected">',
    ...graphKeys.map((k, i) => `    <data key="graph-${k}">${xml(graphValues[i]!)}</data>`),
    ...nodeFacts(data).map(
      (n) =>
        `    <node id="${xml(n.id)}">${label('node', n.label)}${datum('node', NODE_ATTRIBUTES, n)}</node>`,
    ),
    ...edgeFacts(data).map(
      (e) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${label('edge', e.label)}${datum('edge', EDGE_ATTRIBUTES, e)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
