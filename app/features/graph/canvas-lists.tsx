// The canvas painter's accessible structure: one button per entity and per relation, named as
// the SVG painter names its elements (the contract's names), in the tab order, visually hidden
// until focused (graph-canvas.css). Rendered when data, filters or selection change, never on
// hover or a tick. What the filters leave out is not listed, as the SVG view takes it out of
// the tab order.
import { memo, startTransition, useEffect, useState } from 'react';
import { useT } from '@/i18n/catalogue';
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

/**
 * Items added per task. React commits a list in one go, and the browser lays the new items out
 * in the same task: at 5,000 nodes the two lists (11,000 buttons) took 0.5-1 s a commit, long
 * tasks in the middle of the layout's animation. In steps of this many, each commit and its
 * layout stay well under 50 ms, and the map is drawn and animated meanwhile.
 */
const STEP = 600;

export const CanvasLists = memo(function CanvasLists(props: Props) {
  const { index, onListed } = props;
  const t = useT();
  const { nodes, edges } = index.data;
  // How many items (the entities, then the relations) are listed so far: all of a small graph
  // at once, a large one's in steps, each after the browser has drawn a frame. Each step is a
  // memoised slice, so a step renders its own items, not all those before it again.
  const total = nodes.length + edges.length;
  const [listed, setListed] = useState(() => (total <= STEP ? total : 0));
  useEffect(() => {
    if (listed >= total) return;
    const next = setTimeout(() => startTransition(() => setListed((n) => Math.min(total, n + STEP))), 0); // prettier-ignore
    return () => clearTimeout(next);
  }, [listed, total]);
  // After every commit (this list re-renders only when data, filters, selection or the steps
  // above change).
  useEffect(() => onListed());
  const slices = (from: number, to: number) => {
    const out = [];
    for (let at = from; at < to; at += STEP) {
      const end = Math.min(to, at + STEP);
      out.push(<Slice key={at} {...props} from={at - from} to={end - from} nodes={from === 0} />);
    }
    return out;
  };
  return (
    <>
      <ul className="graph-canvas-entities" aria-label={t.graph.canvasEntities}>
        {slices(0, Math.min(listed, nodes.length))}
      </ul>
      <ul className="graph-canvas-entities" aria-label={t.graph.canvasRelations}>
        {listed > nodes.length ? slices(nodes.length, listed) : null}
      </ul>
    </>
  );
});

/** The entities (or the relations) from one index to another. */
const Slice = memo(function Slice(props: Props & { from: number; to: number; nodes: boolean }) {
  const { index, shown, selectedKey, onFocusKey, from, to } = props;
  const select = useUi((s) => s.select);
  const item = (key: string, name: string) =>
    shown(key) ? (
      <li key={key}>
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
      </li>
    ) : null;
  return props.nodes
    ? index.data.nodes.slice(from, to).map((n) => item(n.id, n.label))
    : index.data.edges
        .slice(from, to)
        .map((e) => item(edgeKey(e.source, e.target), edgeName(index, e)));
});
