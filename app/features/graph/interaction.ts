// Pointer interaction for the SVG map: d3-zoom and d3-drag. Loaded after the first paint
// (dynamic import from use-zoom.ts and use-force-simulation.ts): the fitted map is drawn
// without them, and they are about 16 KB gzip the first view does not need.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() for animated zoom
import { zoom, zoomIdentity } from 'd3-zoom';
import type { Simulation } from 'd3-force';
import type { LayoutLink, LayoutNode } from './layout';

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface ZoomController {
  to: (view: View, animate: boolean) => void;
  scaleBy: (k: number) => void;
  destroy: () => void;
}

const toTransform = (v: View) => zoomIdentity.translate(v.x, v.y).scale(v.k);

export function createZoom(
  svg: SVGSVGElement,
  options: { wheel: boolean; initial: View; onZoom: (view: View, byUser: boolean) => void },
): ZoomController {
  const z = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 5])
    .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
      if (event.type === 'wheel') return options.wheel;
      if (event.type === 'dblclick') return false;
      return !event.ctrlKey && !event.button;
    })
    .on('zoom', (event) => {
      const { k, x, y } = event.transform;
      options.onZoom({ k, x, y }, !!event.sourceEvent);
    });
  const sel = select(svg);
  sel.call(z);
  // Start from the view already drawn, so the first gesture continues from it.
  sel.property('__zoom', toTransform(options.initial));
  return {
    to(view, animate) {
      if (animate) sel.transition().duration(300).call(z.transform, toTransform(view));
      else sel.call(z.transform, toTransform(view));
    },
    scaleBy(k) {
      sel.transition().duration(200).call(z.scaleBy, k);
    },
    destroy() {
      sel.interrupt();
      sel.on('.zoom', null);
    },
  };
}

/** Dragging one node: pin it while dragging (and reheat), release it on drop. */
export function attachDrag(
  el: SVGGElement,
  node: LayoutNode,
  sim: Simulation<LayoutNode, LayoutLink>,
): () => void {
  const behaviour = drag<SVGGElement, LayoutNode>()
    .clickDistance(4)
    .subject(() => node)
    .on('start', (event) => {
      if (!event.active) sim.alphaTarget(0.25).restart();
      node.fx = node.x;
      node.fy = node.y;
    })
    .on('drag', (event) => {
      node.fx = event.x;
      node.fy = event.y;
    })
    .on('end', (event) => {
      if (!event.active) sim.alphaTarget(0);
      node.fx = node.focal ? node.x : null;
      node.fy = node.focal ? node.y : null;
    });
  select<SVGGElement, LayoutNode>(el).datum(node).call(behaviour);
  return () => {
    select(el).on('.drag', null);
  };
}
