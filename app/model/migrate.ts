// Upgrades graph data written for an older schemaVersion to the current one, before parsing.
// Migrations are conservative: a field the old data could not know is filled with the weakest
// claim (a voice nobody can check), so migrated data never looks firmer than it is, and the
// data test flags nothing as verified until someone audits it.
import { SCHEMA_VERSION } from './schema.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function passageV1toV2(p: unknown): unknown {
  if (!isRecord(p)) return p;
  const speaker = isRecord(p.speaker) ? p.speaker : null;
  return {
    ...p,
    voice: p.voice ?? 'unattributed',
    modality: p.modality ?? (speaker?.mode === 'reported' ? 'reports' : 'states'),
  };
}

const passagesOf = (record: unknown) =>
  isRecord(record) && Array.isArray(record.passages)
    ? { ...record, passages: record.passages.map(passageV1toV2) }
    : record;

/** v1 → v2: passages gain voice and modality; sources gain speakersCheckable (false). */
function v1toV2(raw: Json): Json {
  const list = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : raw[key]);
  const sources = list('sources');
  const nodes = list('nodes');
  const edges = list('edges');
  return {
    ...raw,
    schemaVersion: 2,
    sources: Array.isArray(sources)
      ? sources.map((s) => (isRecord(s) ? { speakersCheckable: false, ...s } : s))
      : sources,
    nodes: Array.isArray(nodes) ? nodes.map(passagesOf) : nodes,
    edges: Array.isArray(edges) ? edges.map(passagesOf) : edges,
  };
}

/** The first words a supporting passage uses for the relation, else the family's id. */
function labelOf(edge: Json): string {
  const passages = Array.isArray(edge.passages) ? edge.passages.filter(isRecord) : [];
  const supporting = passages.filter((p) => p.stance === 'supports');
  const term = supporting.flatMap((p) => (Array.isArray(p.terms) ? p.terms : []))[0];
  if (typeof term === 'string' && term.trim()) return term;
  return typeof edge.relation === 'string' ? edge.relation.replace(/-/g, ' ') : 'relation';
}

/**
 * v2 → v3: each edge gains a drawn label, taken from its passages' own words; the data test
 * (and the editor) then say whether those are the firmest claim's words.
 */
function v2toV3(raw: Json): Json {
  const edges = raw.edges;
  return {
    ...raw,
    schemaVersion: 3,
    edges: Array.isArray(edges)
      ? edges.map((e) => (isRecord(e) && e.label === undefined ? { ...e, label: labelOf(e) } : e))
      : edges,
  };
}

const steps: Record<number, (raw: Json) => Json> = { 1: v1toV2, 2: v2toV3 };

/** Returns the data at the current schemaVersion, or unchanged when it cannot tell how. */
export function migrateGraph(raw: unknown): unknown {
  let data = raw;
  while (isRecord(data) && typeof data.schemaVersion === 'number') {
    const step = steps[data.schemaVersion];
    if (!step || data.schemaVersion >= SCHEMA_VERSION) break;
    data = step(data);
  }
  return data;
}
