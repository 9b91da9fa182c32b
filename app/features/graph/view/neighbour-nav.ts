// Arrow-key movement between a node's neighbours, as pure functions. The node the reader
// starts from is the hub: Right/Left step clockwise/anticlockwise through its neighbours,
// Down makes the focused neighbour the new hub and enters its neighbours, Up returns to the
// hub. Clockwise order follows the map, so sighted keyboard users see focus circle the hub.

export interface Point {
  id: string;
  x: number;
  y: number;
}

/** Neighbours ordered clockwise from twelve o'clock around `center`. */
export function clockwise(center: { x: number; y: number }, points: readonly Point[]): Point[] {
  const angle = (p: Point) => {
    const a = Math.atan2(p.x - center.x, -(p.y - center.y)); // 0 at north, growing clockwise
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...points].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
}

export interface NavState {
  /** The node whose neighbours Left/Right step through, or null before the first step. */
  hub: string | null;
  /** Where the last arrow key moved focus (to tell a new start from a continued walk). */
  at: string | null;
}

export type Move = { to: string; hub: string | null; position?: [number, number] } | null;

/** Where an arrow key moves from `focused`; `neighbours(id)` gives ids in clockwise order. */
export function move(
  key: string,
  focused: string,
  state: NavState,
  neighbours: (id: string) => string[],
): Move {
  const hub = state.at === focused ? state.hub : null;
  if (key === 'ArrowUp') return hub ? { to: hub, hub: null } : null;
  if (key === 'ArrowDown' || ((key === 'ArrowRight' || key === 'ArrowLeft') && !hub)) {
    const list = neighbours(focused);
    if (!list.length) return null;
    const i = key === 'ArrowLeft' ? list.length - 1 : 0;
    return { to: list[i]!, hub: focused, position: [i + 1, list.length] };
  }
  if ((key === 'ArrowRight' || key === 'ArrowLeft') && hub) {
    const list = neighbours(hub);
    if (!list.length) return null;
    const at = list.indexOf(focused);
    const i = (at + (key === 'ArrowRight' ? 1 : -1) + list.length) % list.length;
    return { to: list[i]!, hub, position: [i + 1, list.length] };
  }
  return null;
}
