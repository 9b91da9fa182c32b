// One set of limits for the reader, the editor and the build: what any map may hold. They are
// checked on the raw JSON, before the schema, the checks or a layout run over it, so data past
// them is refused at once rather than freezing the tab first (a 10,004-node package used to
// pass the editor and hold its tab for a minute, then be autosaved and do it again).
import { MAX_GRAPH_BYTES } from './graph-api';
import { MAX_EDGES, MAX_NODES } from './schema';

export { MAX_EDGES, MAX_GRAPH_BYTES, MAX_NODES };

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** What in a parsed graph or package is past the limits, in words (empty when nothing is). */
export function overLimits(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { nodes, edges } = raw as { nodes?: unknown; edges?: unknown };
  const over: string[] = [];
  if (count(nodes) > MAX_NODES) over.push(`nodes: more than ${MAX_NODES} (${count(nodes)})`);
  if (count(edges) > MAX_EDGES) over.push(`edges: more than ${MAX_EDGES} (${count(edges)})`);
  return over;
}
