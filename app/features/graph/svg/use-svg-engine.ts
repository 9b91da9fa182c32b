// The SVG painter's link to the engine. React never re-renders on a tick: on each move the
// engine's listener writes positions straight to the registered SVG elements, skipping
// unchanged writes.
import { useCallback, useLayoutEffect } from 'react';
import { drawLayout, measureLabels, placeNodeLabels, type Registry } from './svg-writer';
import { loadSimulation, type GraphEngine } from '../engine/engine';
import type { LayoutNode } from '../engine/layout';

/**
 * Up to this many nodes, labels are re-placed on every tick (a node dragged through a crowd
 * pushes names out of its way; about 1 ms for the shipped map, 6 ms for 60 nodes, CPU time on
 * our build machine). Larger maps move labels with their nodes and re-place them when the
 * simulation comes to rest.
 */
const PLACE_EVERY_TICK = 60;

export function useForceSimulation(engine: GraphEngine, registry: Registry) {
  useLayoutEffect(() => {
    const { layout } = engine;
    // Curated maps are settled before the first paint (or start from the build's positions):
    // no jiggle, whatever the motion preference. Only a drag sets them moving.
    engine.start(false);
    measureLabels(layout, registry);
    placeNodeLabels(layout, registry);
    drawLayout(layout, registry);
    const every = layout.nodes.length <= PLACE_EVERY_TICK;
    const offMove = engine.onMove(() => {
      if (every) placeNodeLabels(layout, registry, 1);
      drawLayout(layout, registry);
    });
    const offRest = engine.onRest(() => {
      placeNodeLabels(layout, registry);
      drawLayout(layout, registry);
    });
    return () => {
      offMove();
      offRest();
      engine.stop();
    };
  }, [engine, registry]);

  /**
   * Attaches dragging to one node element, once the interaction code has loaded (after the first
   * paint). The simulation's chunk loads alongside it; a drag begun before it arrives is held by
   * the engine and played as soon as it does, so the first drag is never lost.
   */
  return useCallback(
    (el: SVGGElement, node: LayoutNode) => {
      let live = true;
      let detach: (() => void) | undefined;
      void loadSimulation();
      void import('./svg-gestures').then((m) => {
        if (live) detach = m.attachDrag(el, node, engine);
      });
      return () => {
        live = false;
        detach?.();
      };
    },
    [engine],
  );
}
