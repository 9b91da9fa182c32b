// A thin wrapper around the d3-force simulation. React never re-renders on a tick: the tick
// handler writes positions straight to the registered SVG elements, skipping unchanged writes.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { drawLayout, measureLabels, placeNodeLabels, type Registry } from './draw';
import { settle, type Layout, type LayoutNode } from './layout';

/**
 * Up to this many nodes, labels are re-placed on every tick (a node dragged through a crowd
 * pushes names out of its way; about 1 ms for the shipped map, 6 ms for 60 nodes, CPU time on
 * our build machine). Larger maps move labels with their nodes and re-place them when the
 * simulation comes to rest.
 */
const PLACE_EVERY_TICK = 60;

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  );
}

/** Small graphs settle before the first paint; large ones animate unless motion is reduced. */
const SETTLE_BEFORE_PAINT = 300;

export function useForceSimulation(layout: Layout, registry: Registry, onMove?: () => void) {
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  });

  useLayoutEffect(() => {
    const sim = layout.simulation;
    const animate = layout.nodes.length > SETTLE_BEFORE_PAINT && !prefersReducedMotion();
    if (!animate) settle(layout);
    measureLabels(layout, registry);
    placeNodeLabels(layout, registry);
    drawLayout(layout, registry);
    const every = layout.nodes.length <= PLACE_EVERY_TICK;
    sim.on('tick', () => {
      if (every) placeNodeLabels(layout, registry, 1);
      drawLayout(layout, registry);
      onMoveRef.current?.();
    });
    sim.on('end', () => {
      placeNodeLabels(layout, registry);
      drawLayout(layout, registry);
    });
    if (animate) sim.alpha(1).restart();
    return () => {
      sim.stop();
      sim.on('tick', null).on('end', null);
    };
  }, [layout, registry]);

  /** Attaches dragging to one node element, once the interaction code has loaded. */
  return useCallback(
    (el: SVGGElement, node: LayoutNode) => {
      let live = true;
      let detach: (() => void) | undefined;
      void import('./interaction').then((m) => {
        if (live) detach = m.attachDrag(el, node, layout.simulation);
      });
      return () => {
        live = false;
        detach?.();
      };
    },
    [layout],
  );
}
