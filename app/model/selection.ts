// What the reader has selected: an entity or a relation. Tagged, so code asks `kind` rather
// than counting ids; `selectionKey` is the one way to name it (an entity's id, or the edge key
// of ids.ts), used by the map's elements, the table, the neighbourhood and escape handling.
import { edgeKey } from './ids';

export type Selection =
  | { kind: 'node'; id: string }
  /** The two ids in the order the link or the step wrote them; the key ignores the order. */
  | { kind: 'edge'; ids: readonly [string, string] };

export function nodeSelection(id: string): Selection {
  return { kind: 'node', id };
}

export function edgeSelection(a: string, b: string): Selection {
  return a === b ? nodeSelection(a) : { kind: 'edge', ids: [a, b] };
}

/** One id (an entity) or two (a relation), as the URL, a tour step or an edge key carry them;
 *  anything else is no selection. */
export function selectionFromIds(ids: readonly string[]): Selection | null {
  const [a, b] = ids;
  if (ids.length === 1 && a) return nodeSelection(a);
  if (ids.length === 2 && a && b) return edgeSelection(a, b);
  return null;
}

/** The ids as written ("russia" or "kazakhstan,russia" once joined). */
export function selectionIds(s: Selection): string[] {
  return s.kind === 'node' ? [s.id] : [...s.ids];
}

/** The one key: a node's id, or the order-free edge key. */
export function selectionKey(s: Selection): string {
  return s.kind === 'node' ? s.id : edgeKey(s.ids[0], s.ids[1]);
}

/** Same selection as written (an edge written the other way round is a different link). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (!a || !b) return a === b;
  return selectionIds(a).join(',') === selectionIds(b).join(',');
}
