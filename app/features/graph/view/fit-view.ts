// Fitting the map to its box when labels keep a minimum size on screen. Labels are 14 world
// pixels, so at zoom k they would draw at 14k px; below the surface's minimum they grow (the
// label scale) and take more room, which in turn lowers the zoom that fits. The fitted zoom is
// the largest k at which the nodes and their placed labels fit, found by bisection. Pure.
import { bounds } from './geometry';
import type { Layout } from '../engine/layout';
import { placeLabels, type Placement } from './label-placement';

export const LABEL_PX = 14;

/** How much labels grow at zoom k so that they draw at least `minPx` CSS pixels. */
export function labelScaleFor(k: number, minPx: number): number {
  // Rounded up to 2% steps, so a slow pinch re-places labels a few times, not every frame.
  return Math.max(1, Math.ceil((minPx / (LABEL_PX * k)) * 50) / 50);
}

export interface FittedView {
  k: number;
  x: number;
  y: number;
  labelScale: number;
  placement: Placement;
}

/** Margin round the map in screen pixels. */
export const FIT_MARGIN = 12;
/** The largest zoom a fit chooses: a small map in a large box is not blown up further. */
export const MAX_FIT_ZOOM = 1.5;

export function fitView(
  layout: Pick<Layout, 'nodes' | 'links'>,
  width: number,
  height: number,
  minPx: number,
  maxK = MAX_FIT_ZOOM,
  previous?: Placement,
): FittedView {
  // Large graphs: one greedy pass while searching, and fewer steps (see docs/performance.md).
  const large = layout.nodes.length > 100;
  const at = (k: number, passes = large ? 1 : 2) => {
    const labelScale = labelScaleFor(k, minPx);
    const placement = placeLabels(layout.nodes, layout.links, labelScale, 1 / k, previous, passes);
    const shown = [...placement.values()].filter((l) => !l.hidden);
    const b = bounds(layout.nodes, FIT_MARGIN / k, shown);
    const fits = Math.min(width / (b.x1 - b.x0), height / (b.y1 - b.y0), maxK);
    return { k, labelScale, placement, b, fits };
  };
  // Labels only add to the extent, so the zoom that fits the nodes alone is an upper bound;
  // fits(k) falls as k falls (labels grow), so the answer is where fits(k) crosses k.
  const nodesOnly = bounds(layout.nodes, 0);
  let hi = Math.min(
    maxK,
    width / (nodesOnly.x1 - nodesOnly.x0),
    height / (nodesOnly.y1 - nodesOnly.y0),
  );
  let best = at(hi);
  if (best.fits < hi) {
    // Below a quarter of the nodes-only zoom the nodes shrink to a knot of labels; a graph too
    // dense to fit there (60 names on a phone) overflows a little and the reader pans.
    let lo = hi / 4;
    best = at(lo);
    for (let i = 0; i < (large ? 6 : 9); i++) {
      const mid = (lo + hi) / 2;
      const r = at(mid);
      if (r.fits >= mid) {
        lo = mid;
        best = r;
      } else hi = mid;
    }
  }
  const { k, b } = best;
  return {
    k,
    x: width / 2 - (k * (b.x0 + b.x1)) / 2,
    y: height / 2 - (k * (b.y0 + b.y1)) / 2,
    labelScale: best.labelScale,
    placement: best.placement,
  };
}
