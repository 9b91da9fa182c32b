// Pointer interaction for the SVG map: d3-zoom and d3-drag. Loaded after the first paint
// (dynamic import from use-zoom.ts and use-svg-engine.ts): the fitted map is drawn
// without them, and they are about 16 KB gzip the first view does not need.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() for animated zoom
import { zoom, zoomIdentity } from 'd3-zoom';
import type { GraphEngine } from '../engine/engine';
import type { LayoutNode } from '../engine/layout';
import { scaleExtent, zoomFilter, ZOOM_STEP, type View } from '../view/zoom-policy';
import { attachTapResolution } from './tap-resolution';

export interface ZoomController {
  to: (view: View, animate: boolean) => void;
  /** One press of Zoom in (1) or Zoom out (-1). */
  zoomBy: (steps: 1 | -1) => void;
  destroy: () => void;
}

const toTransform = (v: View) => zoomIdentity.translate(v.x, v.y).scale(v.k);

export function createZoom(
  svg: SVGSVGElement,
  options: { wheel: boolean; initial: View; onZoom: (view: View, byUser: boolean) => void },
): ZoomController {
  const z = zoom<SVGSVGElement, unknown>()
    .scaleExtent(scaleExtent('curated'))
    .filter(zoomFilter(options.wheel))
    .on('zoom', (event) => {
      const { k, x, y } = event.transform;
      options.onZoom({ k, x, y }, !!event.sourceEvent);
    });
  const sel = select(svg);
  sel.call(z);
  // Fingers get the nearest node or line within reach (tap-resolution.ts).
  const detachTaps = attachTapResolution(svg);
  // Start from the view already drawn, so the first gesture continues from it.
  sel.property('__zoom', toTransform(options.initial));
  return {
    to(view, animate) {
      if (animate) sel.transition().duration(300).call(z.transform, toTransform(view));
      else sel.call(z.transform, toTransform(view));
    },
    zoomBy(steps) {
      sel
        .transition()
        .duration(200)
        .call(z.scaleBy, ZOOM_STEP ** steps);
    },
    destroy() {
      detachTaps();
      sel.interrupt();
      sel.on('.zoom', null);
    },
  };
}

/** Dragging one node: the engine pins it while dragging (and reheats), releases it on drop. */
export function attachDrag(el: SVGGElement, node: LayoutNode, engine: GraphEngine): () => void {
  const behaviour = drag<SVGGElement, LayoutNode>()
    .clickDistance(4)
    .subject(() => node)
    .on('start', () => engine.dragStart(node))
    .on('drag', (event: { x: number; y: number }) => engine.dragTo(node, event.x, event.y))
    .on('end', () => engine.dragEnd(node));
  select<SVGGElement, LayoutNode>(el).datum(node).call(behaviour);
  return () => {
    select(el).on('.drag', null);
  };
}
