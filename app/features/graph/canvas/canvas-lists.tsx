// The canvas painter's accessible structure: one button per entity and per relation, named as
// the SVG painter names its elements (the contract's names), in the tab order, visually hidden
// until focused (graph-canvas.css). Rendered when data, filters or selection change, never on
// hover or a tick. What the filters leave out is not listed, as the SVG view takes it out of
// the tab order. Each list is a box of slices, one per step (use-steps.ts), whose content the
// browser skips while none of it has focus (graph-canvas.css): without that, every step
// re-laid out and pre-painted the thousands of items before it, 20-40 ms a frame while the map
// lays out.
import { memo, useEffect } from 'react';
import { useT } from '@/i18n/catalogue';
import { stepSlices, useSteps } from '@/lib/use-steps';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { selectionFromIds } from '@/model/selection';
import { useUi } from '@/store/store';

interface Props {
  index: GraphIndex;
  shown: (id: string) => boolean;
  selectedKey: string | null;
  /** Keyboard focus moved to an element (its key) or left the lists (null). */
  onFocusKey: (key: string | null) => void;
  /** New buttons are in the document (the relations after the first paint, a filter's change). */
  onListed: () => void;
}

/** Items added per task (see use-steps.ts): 300 buttons are about 10 ms of layout. */
const STEP = 300;

export const CanvasLists = memo(function CanvasLists(props: Props) {
  const { index, onListed } = props;
  const t = useT();
  const { nodes, edges } = index.data;
  // The entities, then the relations: all of a small graph at once, a large one's in steps.
  const listed = useSteps(nodes.length + edges.length, STEP);
  // After every commit (this list re-renders only when data, filters, selection or the steps
  // change).
  useEffect(() => onListed());
  const slices = (count: number, ofNodes: boolean) =>
    stepSlices(count, STEP).map(([from, to]) => (
      <Slice key={from} {...props} from={from} to={to} nodes={ofNodes} />
    ));
  // Lists of generic boxes of list items (a <ul> may hold only <li>): the boxes are what the
  // browser can skip.
  return (
    <>
      <div role="list" className="graph-canvas-entities" aria-label={t.graph.canvasEntities}>
        {slices(Math.min(listed, nodes.length), true)}
      </div>
      <div role="list" className="graph-canvas-entities" aria-label={t.graph.canvasRelations}>
        {slices(Math.max(0, listed - nodes.length), false)}
      </div>
    </>
  );
});

/** The entities (or the relations) from one index to another. */
const Slice = memo(function Slice(props: Props & { from: number; to: number; nodes: boolean }) {
  const { index, shown, selectedKey, onFocusKey, from, to } = props;
  const select = useUi((s) => s.select);
  const item = (key: string, name: string) =>
    shown(key) ? (
      <div role="listitem" key={key}>
        <button
          type="button"
          data-key={key}
          aria-current={key === selectedKey ? 'true' : undefined}
          onClick={() => select(selectionFromIds(key.split(',')))}
          onFocus={() => onFocusKey(key)}
          onBlur={() => onFocusKey(null)}
        >
          {name}
        </button>
      </div>
    ) : null;
  return (
    <div className="graph-canvas-slice">
      {props.nodes
        ? index.data.nodes.slice(from, to).map((n) => item(n.id, n.label))
        : index.data.edges
            .slice(from, to)
            .map((e) => item(edgeKey(e.source, e.target), edgeName(index, e)))}
    </div>
  );
});
