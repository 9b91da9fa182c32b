// Which step of a tour shows a selection: a prepared link (`?present=1&select=…`) opens at it.
import { selectionFromIds, selectionKey, type Selection } from '@/model/selection';
import type { Tour } from '@/model/tour-schema';

/** The 1-based step whose selection is `selection` (an edge in either order), or null. */
export function stepShowing(tour: Tour | undefined, selection: Selection): number | null {
  const key = selectionKey(selection);
  const i = (tour?.steps ?? []).findIndex((s) => {
    const own = selectionFromIds(s.select);
    return own !== null && selectionKey(own) === key;
  });
  return i < 0 ? null : i + 1;
}
