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
}

export const CanvasLists = memo(function CanvasLists(props: Props) {
  const { index, shown, selectedKey, onFocusKey } = props;
  const t = useT();
  const select = useUi((s) => s.select);
  // The relations (6,000 buttons at 5,000 nodes) come after the first paint, in a transition
  // that React renders in slices: the map is drawn without waiting for them.
  const [relations, setRelations] = useState(false);
  useEffect(() => startTransition(() => setRelations(true)), []);
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
  return (
    <>
      <ul className="graph-canvas-entities" aria-label={t.graph.canvasEntities}>
        {index.data.nodes.map((n) => item(n.id, n.label))}
      </ul>
      <ul className="graph-canvas-entities" aria-label={t.graph.canvasRelations}>
        {relations
          ? index.data.edges.map((e) => item(edgeKey(e.source, e.target), edgeName(index, e)))
          : null}
      </ul>
    </>
  );
});
