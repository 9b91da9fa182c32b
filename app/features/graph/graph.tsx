// Chooses how the map is drawn: SVG elements (every node and edge a focusable button) for
// curated-size graphs, a canvas for graphs too large for the DOM to animate smoothly. The
// canvas view is its own chunk: the shipped map never downloads it.
import { lazy, Suspense } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { GraphView } from './graph-view';

/** Above this many nodes the map is drawn on a canvas. */
export const CANVAS_FROM = 300;

const GraphCanvas = lazy(() => import('./graph-canvas').then((m) => ({ default: m.GraphCanvas })));

export function Graph({ index }: { index: GraphIndex }) {
  const t = useT();
  return index.data.nodes.length > CANVAS_FROM ? (
    <Suspense fallback={<section className="graph" aria-label={t.graph.region} aria-busy="true" />}>
      <GraphCanvas index={index} />
    </Suspense>
  ) : (
    <GraphView index={index} />
  );
}
