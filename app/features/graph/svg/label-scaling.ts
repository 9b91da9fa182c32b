// Labels keep a minimum size on screen as the map is shown small (a phone, an embed) and a
// larger one on a projector. This ties the zoom to the label scale and the placement: fitting
// finds the zoom at which nodes and placed labels fit, and a zoom that changes the label scale
// re-places the labels.
import { useUi } from '@/store/store';
import { drawLayout, placeNodeLabels, setPlacement, type Registry } from './svg-writer';
import { bounds, type Box } from '../view/geometry';
import {
  FIT_MARGIN,
  fitView,
  labelScaleFor,
  MAX_FIT_ZOOM,
  type FittedView,
} from '../view/fit-view';
import { placeLabels } from '../view/label-placement';
import type { Layout } from '../engine/layout';
import type { View } from '../view/zoom-policy';

export interface LabelScaling {
  /** The view that fits the map into width × height, with labels placed for it. */
  fit: (width: number, height: number, fullWidth?: number, buttons?: Box) => View;
  /**
   * Keeps a view already on screen (the prerendered first frame) if its labels, at their
   * minimum size and placed for it, fit into width × height as fit() would have them: the view
   * with its labels placed, else null (then fit). Labels grown past their world size only if
   * `grown`: the frame was fitted for them (first-frames.ts), with fit()'s room to spare.
   */
  keep: (
    v: View,
    width: number,
    height: number,
    fullWidth?: number,
    buttons?: Box,
    grown?: boolean,
  ) => View | null;
  /** The zoom changed: rescale and re-place labels if their scale changes. */
  zoomed: (k: number) => void;
  /** The label scale now, which the SVG's --ls carries to the CSS font size. */
  scale: () => number;
}

/**
 * The smallest a node label may draw, in CSS pixels: 12 everywhere (11 is the floor for phones
 * and embeds), and about 22 at 1920 wide when presenting, for the back row.
 */
export function minLabelPx(): number {
  if (!useUi.getState().presenting) return 12;
  return Math.min(30, Math.max(16, window.innerWidth * 0.012));
}

export function labelScaling(layout: Layout, registry: Registry): LabelScaling {
  const setScale = (ls: number) => {
    registry.labelScale = ls;
  };
  /** Shows a fitted view: the zoom, the frame it shows, the labels' scale and places. */
  const show = (v: FittedView, height: number, fullWidth: number, buttons?: Box): View => {
    registry.k = v.k;
    const world = (b: Box): Box => ({
      x0: (b.x0 - v.x) / v.k,
      y0: (b.y0 - v.y) / v.k,
      x1: (b.x1 - v.x) / v.k,
      y1: (b.y1 - v.y) / v.k,
    });
    registry.frame = world({ x0: 0, y0: 0, x1: fullWidth, y1: height });
    registry.keepOut = buttons ? world(buttons) : undefined;
    setScale(v.labelScale);
    setPlacement(layout, registry, v.placement);
    drawLayout(layout, registry);
    return { k: v.k, x: v.x, y: v.y };
  };
  return {
    scale: () => registry.labelScale,
    fit: (width, height, fullWidth = width, buttons) =>
      show(
        fitView(layout, width, height, minLabelPx(), MAX_FIT_ZOOM, registry.placement),
        height,
        fullWidth,
        buttons,
      ),
    keep(v, width, height, fullWidth = width, buttons, grown) {
      // Labels at the scale this zoom needs, placed as the first frame placed them, now with
      // measured widths: at their world size as svg-writer.ts firstFrame does, grown as fit() does
      // (a phone's or an embed's first frame is drawn small: first-frames.ts).
      const labelScale = labelScaleFor(v.k, minLabelPx());
      if (v.k > MAX_FIT_ZOOM || (labelScale !== 1 && !grown)) return null;
      const placement = placeLabels(
        layout.nodes,
        layout.links,
        labelScale,
        labelScale > 1 ? 1 / v.k : 1,
      );
      // Half fit()'s margin: the first frame's margin is in the map's units, which a phone or a
      // small window draws smaller than fit()'s 12 px.
      const b = bounds(
        layout.nodes,
        FIT_MARGIN / 2 / v.k,
        [...placement.values()].filter((l) => !l.hidden),
      );
      const { k, x, y } = v;
      const inside =
        b.x0 * k + x >= 0 && b.x1 * k + x <= width && b.y0 * k + y >= 0 && b.y1 * k + y <= height;
      return inside ? show({ ...v, labelScale, placement }, height, fullWidth, buttons) : null;
    },
    zoomed(k) {
      // The reader zoomed: the fitted frame no longer says what is on screen.
      if (k !== registry.k) registry.frame = registry.keepOut = undefined;
      registry.k = k;
      const ls = labelScaleFor(k, minLabelPx());
      if (ls === registry.labelScale) return;
      setScale(ls);
      placeNodeLabels(layout, registry);
      drawLayout(layout, registry);
    },
  };
}
