// One decision about a graph's size, which everything size-dependent follows: the forces and
// starting arrangement (layout.ts), the painter (graph.tsx), whether the layout settles before
// the first paint or runs visibly in a Web Worker (engine.ts), and the zoom range.
//
// 'curated': the map is small enough for one SVG element per node and edge, settled before the
// first paint (no jiggle), laid out with generous spacing for readable names.
// 'large': drawn on a canvas, laid out in a worker with the cheaper settings for big graphs,
// because the DOM and the main thread cannot animate thousands of elements smoothly.
export type SizeClass = 'curated' | 'large';

/** The largest curated graph. The shipped map has 29 nodes; a synthetic 1,000 is large. */
export const CURATED_MAX = 200;

export function sizeClass(nodeCount: number): SizeClass {
  return nodeCount > CURATED_MAX ? 'large' : 'curated';
}

/** A large map is laid out in a Web Worker (sim.worker.ts), where the browser has them. */
export const layoutInWorker = (nodeCount: number) =>
  sizeClass(nodeCount) === 'large' && typeof Worker !== 'undefined';
