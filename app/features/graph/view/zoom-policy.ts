// Zoom rules both painters share: how far in and out, which gestures zoom (no wheel in an
// embed, so the host article scrolls; no double-click; no ctrl-drag), and how far a button
// press zooms. d3-zoom applies them; the painters only say what to draw.
import type { SizeClass } from '../engine/size-class';

/** A zoom transform: screen = world × k + (x, y), in CSS pixels. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export function scaleExtent(size: SizeClass): [number, number] {
  // A large graph fitted to the screen is drawn far smaller than a curated one.
  return size === 'large' ? [0.05, 5] : [0.2, 5];
}

export function zoomFilter(wheel: boolean) {
  return (event: Event & { button?: number; ctrlKey?: boolean }) => {
    if (event.type === 'wheel') return wheel;
    if (event.type === 'dblclick') return false;
    return !event.ctrlKey && !event.button;
  };
}

/** One press of Zoom in (Zoom out divides by it). */
export const ZOOM_STEP = 1.4;
