// Labels keep a minimum size on screen as the map is shown small (a phone, an embed) and a
// larger one on a projector. This ties the zoom to the label scale and the placement: fitting
// finds the zoom at which nodes and placed labels fit, and a zoom that changes the label scale
// re-places the labels.
import { useUi } from '@/store/store';
import { drawLayout, placeNodeLabels, setPlacement, type Registry } from './draw';
import { fitView, labelScaleFor } from './fit-view';
import type { Layout } from './layout';
import type { View } from './interaction';

export interface LabelScaling {
  /** The view that fits the map into width × height, with labels placed for it. */
  fit: (width: number, height: number) => View;
  /** The zoom changed: rescale and re-place labels if their scale changes. */
  zoomed: (k: number) => void;
  /** The label scale now, which the SVG's --ls carries to the CSS font size. */
  scale: () => number;
}

/**
 * The smallest a node label may draw, in CSS pixels: 12 everywhere (11 is the floor issue 13
 * sets for phones and embeds), and about 22 at 1920 wide when presenting, for the back row.
 */
export function minLabelPx(): number {
  if (!useUi.getState().presenting) return 12;
  return Math.min(30, Math.max(16, window.innerWidth * 0.012));
}

export function labelScaling(layout: Layout, registry: Registry): LabelScaling {
  const setScale = (ls: number) => {
    registry.labelScale = ls;
  };
  return {
    scale: () => registry.labelScale,
    fit(width, height) {
      const v = fitView(layout, width, height, minLabelPx(), 1.5, registry.placement);
      registry.k = v.k;
      setScale(v.labelScale);
      setPlacement(layout, registry, v.placement);
      drawLayout(layout, registry);
      return { k: v.k, x: v.x, y: v.y };
    },
    zoomed(k) {
      registry.k = k;
      const ls = labelScaleFor(k, minLabelPx());
      if (ls === registry.labelScale) return;
      setScale(ls);
      placeNodeLabels(layout, registry);
      drawLayout(layout, registry);
    },
  };
}
