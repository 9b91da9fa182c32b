// The clicker's Next and Previous page through a long step's evidence before they change the
// step: on a projector the passages run below the fold, and a presenter holding a clicker has
// no other way to reach them. Pure apart from the element it is given, so it is unit-tested.

export interface Scrollable {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** Within this many pixels of an end, the evidence counts as read to that end. */
const SLACK = 4;

/**
 * Scrolls `el` by about a screenful in `direction` (1 down, -1 up) and says whether it did;
 * false means the evidence is already at that end, so the clicker moves to the next step. A
 * line or two stays in view from the page before, so the reader keeps their place.
 */
export function pageEvidence(el: Scrollable, direction: 1 | -1): boolean {
  const max = el.scrollHeight - el.clientHeight;
  if (direction === 1 ? el.scrollTop >= max - SLACK : el.scrollTop <= SLACK) return false;
  const page = el.clientHeight - Math.min(96, el.clientHeight * 0.15);
  el.scrollTop = Math.min(max, Math.max(0, el.scrollTop + direction * page));
  return true;
}
