// Chooses the painter by the graph's size class (size-class.ts): SVG elements (every node and
// edge a focusable button) for curated maps, a canvas for graphs too large for the DOM to
// animate smoothly. The canvas painter and its worker are their own chunks: the shipped map
// never downloads them. `?painter=canvas` (or `svg`) overrides the choice, to compare the two
// painters on the same map (the e2e suite runs its interaction tests on both).
import { lazy, Suspense, use, useMemo, type ReactNode } from 'react';
import shippedLayout from 'virtual:shipped-layout';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { loadSimulation, simulationLoaded } from './engine/engine';
import { GraphView } from './svg/graph-view';
import type { Positions } from './engine/layout';
import type { OnPort } from './chrome/port';
import { shippedPositions } from './engine/shipped-layout';
import { layoutInWorker, sizeClass } from './engine/size-class';

const GraphCanvas = lazy(() =>
  withFeatureTexts(import('./canvas/graph-canvas')).then((m) => ({ default: m.GraphCanvas })),
);

// A map with no entity yet (a new draft in the editor) says so, in words the first view lacks.
const EmptyMap = lazy(() => withFeatureTexts(import('./empty-map')));

export type Painter = 'svg' | 'canvas';

export function painterFor(nodeCount: number, search: string): Painter {
  const asked = new URLSearchParams(search).get('painter');
  if (asked === 'svg' || asked === 'canvas') return asked;
  return sizeClass(nodeCount) === 'large' ? 'canvas' : 'svg';
}

interface Props {
  index: GraphIndex;
  /** The build's settled layout of this graph, if it has one. */
  positions?: Positions;
  /** Receives the map's port (snapshot, focus) for the shell to hand on. */
  onPort?: OnPort;
}

export function Graph({ index, positions, onPort }: Props) {
  const t = useT();
  const { nodes, edges } = index.data;
  // The shipped graph comes laid out by the build (shipped-layout.ts); other data is laid out here.
  const settled = useMemo(
    () => positions ?? shippedPositions(nodes, edges, shippedLayout),
    [positions, nodes, edges],
  );
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const busy = <section className="graph" aria-label={t.graph.region} aria-busy="true" />;
  if (!nodes.length)
    return (
      <Suspense fallback={busy}>
        <EmptyMap />
      </Suspense>
    );
  const canvas = painterFor(index.data.nodes.length, search) === 'canvas';
  // A map the build did not lay out (other data; any map on the canvas, which lays out its own)
  // is laid out here, before it is drawn: it waits for the simulation's chunk, which the
  // shipped map's first view never loads. A large map on the canvas is laid out in a worker.
  const laidOut =
    (settled !== undefined && !canvas) ||
    (canvas && layoutInWorker(index.data.nodes.length)) ||
    simulationLoaded();
  const view = canvas ? (
    <GraphCanvas index={index} onPort={onPort} />
  ) : (
    <GraphView index={index} positions={settled} onPort={onPort} />
  );
  // The shipped map: no boundary, so it hydrates exactly as prerendered.
  if (laidOut && !canvas) return view;
  return (
    <Suspense fallback={busy}>{laidOut ? view : <WithSimulation>{view}</WithSimulation>}</Suspense>
  );
}

function WithSimulation({ children }: { children: ReactNode }) {
  use(loadSimulation());
  return children;
}
