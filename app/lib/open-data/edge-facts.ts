// What every graph export says about a relation and an entity: the same attributes in JGF,
// GEXF and GraphML, computed from the data with the app's own strength model, so a reader of
// any file sees the basis the map draws.
import type { GraphData, GraphEdge, GraphNode } from '../../model/schema.ts';
import { passageStrength, reliabilityOf, type Reliability } from '../../model/strength.ts';
import { xmlSafe } from '../xml-chars.ts';
import { distinctPassages, edgeId } from './records.ts';

const FIRMEST_FIRST: readonly Reliability[] = ['attributed', 'unattributed', 'unverified'];

/**
 * The families' names in the legend (en.ts, relation), repeated here because the build's config
 * loader cannot import the catalogue; graph-exports.test.ts checks that the two agree.
 */
export const RELATION_LABEL: Record<GraphEdge['relation'], string> = {
  ally: 'alliance',
  'strategic-partner': 'strategic ties',
  'constructive-partner': 'constructive ties',
  member: 'participation',
  'regional-cooperation': 'regional cooperation',
  'conflict-settlement': 'conflict settlement',
  engagement: 'engagement',
};

export interface EdgeFacts {
  id: string;
  source: string;
  target: string;
  relation: GraphEdge['relation'];
  /** The words drawn on the line: its firmest claim's own (app/model/claims.ts). */
  label: string;
  /** The family's name in the legend ("participation" for member: no text says member). */
  family: string;
  summary: string;
  supporting: number;
  qualifying: number;
  passages: number;
  sources: number;
  /** several | single | unverified (app/model/strength.ts). */
  strength: string;
  /** The firmest reliability among the supporting passages' sources (none: only qualifying). */
  reliability: Reliability | 'none';
  /** Distinct passages from texts that cannot be checked (unverified). */
  unverifiedPassages: number;
}

export function edgeFacts(data: GraphData): EdgeFacts[] {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const reliability = (id: string): Reliability => {
    const source = sourceById.get(id);
    return source ? reliabilityOf(source) : 'unverified';
  };
  return data.edges.map((e) => {
    // Counts are of distinct passages: the same words from the same text count once.
    const passages = distinctPassages(e.passages);
    const s = passageStrength(passages, sourceById);
    const supporting = new Set(
      passages.filter((p) => p.stance === 'supports').map((p) => reliability(p.source)),
    );
    return {
      id: edgeId(e),
      source: e.source,
      target: e.target,
      relation: e.relation,
      label: e.label,
      family: RELATION_LABEL[e.relation],
      summary: e.summary,
      supporting: s.supporting,
      qualifying: s.qualifying,
      passages: s.passages,
      sources: s.sources,
      strength: s.level,
      reliability: FIRMEST_FIRST.find((r) => supporting.has(r)) ?? 'none',
      unverifiedPassages: s.unverifiedPassages,
    };
  });
}

export interface NodeFacts {
  id: string;
  label: string;
  kind: GraphNode['kind'];
  description: string;
  wikidata: string | null;
  passages: number;
}

export function nodeFacts(data: GraphData): NodeFacts[] {
  return data.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    kind: n.kind,
    description: n.description,
    wikidata: n.wikidata ?? null,
    passages: distinctPassages(n.passages).length,
  }));
}

/** Attributes of the GEXF and GraphML files: name, XML type, and how to read it from facts. */
export const EDGE_ATTRIBUTES = [
  ['relation', 'string', (e: EdgeFacts) => e.relation],
  ['family', 'string', (e: EdgeFacts) => e.family],
  ['summary', 'string', (e: EdgeFacts) => e.summary],
  ['strength', 'string', (e: EdgeFacts) => e.strength],
  ['reliability', 'string', (e: EdgeFacts) => e.reliability],
  ['unverifiedPassages', 'int', (e: EdgeFacts) => e.unverifiedPassages],
  ['supporting', 'int', (e: EdgeFacts) => e.supporting],
  ['qualifying', 'int', (e: EdgeFacts) => e.qualifying],
  ['passages', 'int', (e: EdgeFacts) => e.passages],
  ['sources', 'int', (e: EdgeFacts) => e.sources],
] as const;

export const NODE_ATTRIBUTES = [
  ['kind', 'string', (n: NodeFacts) => n.kind],
  ['description', 'string', (n: NodeFacts) => n.description],
  ['wikidata', 'string', (n: NodeFacts) => n.wikidata ?? ''],
  ['passages', 'int', (n: NodeFacts) => n.passages],
] as const;

/** Escapes text for an XML attribute or element, without the characters XML cannot carry. */
export function xml(s: string | number): string {
  return xmlSafe(String(s))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
