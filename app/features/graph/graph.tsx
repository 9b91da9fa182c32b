// Chooses the painter by the graph's size class (size-class.ts): SVG elements (every node and
// edge a focusable button) for curated maps, a canvas for graphs too large for the DOM to
// animate smoothly. The canvas painter and its worker are their own chunks: the shipped map
// never downloads them. `?painter=canvas` (or `svg`) overrides the choice, to compare the two
// painters on the same map (the e2e suite runs its interaction tests on both).
import { lazy, Suspense, useMemo } from 'react';
import shippedLayout from 'virtual:shipped-layout';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { GraphView } from './graph-view';
import type { Positions } from './layout';
import type { OnPort } from './port';
import { shippedPositions } from './shipped-layout';
import { sizeClass } from './size-class';

const GraphCanvas = lazy(() => import('./graph-canvas').then((m) => ({ default: m.GraphCanvas })));

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
  if (!nodes.length)
    return (
      <section className="graph graph--empty" aria-label={t.graph.region}>
        <p>{t.graph.empty}</p>
      </section>
    );
  return painterFor(index.data.nodes.length, search) === 'canvas' ? (
    <Suspense fallback={<section className="graph" aria-label={t.graph.region} aria-busy="true" />}>
      <GraphCanvas index={index} onPort={onPort} />
    </Suspense>
  ) : (
    <GraphView index={index} positions={settled} onPort={onPort} />
  );
}
