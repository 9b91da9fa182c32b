// What each painter emphasises, decided once: the selected element, the neighbourhood of the
// hovered element (else of the selection), dimmed the rest, and what the filters leave out.
// Pure; the SVG painter turns it into classes, the canvas painter into alpha and rings.
import type { GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { selectionKey, type Selection } from '@/model/selection';

export type ElementState = 'normal' | 'dim' | 'near' | 'selected';

/** The store's selection as the key the map uses (a node's id or an edge key). */
export function selectedKeyOf(selection: Selection | null): string | null {
  return selection ? selectionKey(selection) : null;
}

/** Node ids and edge keys near `focus`: itself, and its edges and neighbours (or an edge's ends). */
export function neighbourhood(index: GraphIndex, focus: string | null): Set<string> {
  const near = new Set<string>();
  if (focus && index.node.has(focus)) {
    near.add(focus);
    for (const e of index.edgesOf.get(focus) ?? []) {
      near.add(e.source).add(e.target).add(edgeKey(e.source, e.target));
    }
  } else if (focus && index.edge.has(focus)) {
    near.add(focus);
    for (const id of focus.split(',')) near.add(id);
  }
  return near;
}

export interface Emphasis {
  selected: string | null;
  /** The emphasised neighbourhood; empty when nothing is hovered or selected. */
  near: ReadonlySet<string>;
  stateOf: (id: string) => ElementState;
  /** False for what the filters leave out (drawn faded, not focusable). */
  shown: (id: string) => boolean;
}

export function emphasis(
  index: GraphIndex,
  selected: string | null,
  hovered: string | null,
  shown: (id: string) => boolean,
): Emphasis {
  const near = neighbourhood(index, hovered ?? selected);
  const stateOf = (id: string): ElementState => {
    if (id === selected) return 'selected';
    if (!near.size) return 'normal';
    return near.has(id) ? 'near' : 'dim';
  };
  return { selected, near, stateOf, shown };
}
