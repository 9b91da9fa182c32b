// Every passage quoted from one source, with the relations and entities it is evidence for.
import { edgeName, type GraphIndex } from '@/model/graph-index';
import type { Passage } from '@/model/schema';

export interface Quoted {
  text: string;
  /** The relations (edge names) or entities this passage is cited for, with its stance there. */
  uses: { name: string; ids: string[]; stance: Passage['stance'] }[];
}

export function passagesOf(index: GraphIndex, sourceId: string): Quoted[] {
  const byText = new Map<string, Quoted>();
  const add = (p: Passage, name: string, ids: string[]) => {
    if (p.source !== sourceId) return;
    const key = p.text.replace(/\s+/g, ' ').trim();
    const q = byText.get(key) ?? { text: p.text, uses: [] };
    q.uses.push({ name, ids, stance: p.stance });
    byText.set(key, q);
  };
  for (const e of index.data.edges) {
    for (const p of e.passages) add(p, edgeName(index, e), [e.source, e.target]);
  }
  for (const n of index.data.nodes) for (const p of n.passages) add(p, n.label, [n.id]);
  return [...byText.values()];
}

/** For the list of sources: how many passages each relation draws from a source, by stance. */
export function relationsOf(index: GraphIndex, sourceId: string) {
  return index.data.edges
    .map((e) => {
      const ps = e.passages.filter((p) => p.source === sourceId);
      const qualifies = ps.filter((p) => p.stance === 'qualifies').length;
      return { edge: e, name: edgeName(index, e), supports: ps.length - qualifies, qualifies };
    })
    .filter((r) => r.supports + r.qualifies > 0);
}
