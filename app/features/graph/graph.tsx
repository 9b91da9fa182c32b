// Chooses how the map is drawn: SVG elements (every node and edge a focusable button) for
// curated-size graphs, a canvas for graphs too large for the DOM to animate smoothly.
import type { GraphIndex } from '@/model/graph-index';
import { CANVAS_FROM, GraphCanvas } from './graph-canvas';
import { GraphView } from './graph-view';

export function Graph({ index }: { index: GraphIndex }) {
  return index.data.nodes.length > CANVAS_FROM ? (
    <GraphCanvas index={index} />
  ) : (
    <GraphView index={index} />
  );
}
