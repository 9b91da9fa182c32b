import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Relation } from '@/model/schema';
import type { ElementState } from '../view/emphasis';

interface Props {
  edgeKey: string;
  relation: Relation;
  /** The words drawn on the line: its firmest claim's own (claims.ts), in the reader's language. */
  label: string;
  name: string;
  /** The hit line's ends in the first frame (the prerendered markup). */
  line: { x1: string; y1: string; x2: string; y2: string } | undefined;
  state: ElementState;
  /** Selected, hovered or focused: the relation's name shows on the line. */
  labelled: boolean;
  /** Left out by the filters: faded, and out of the tab order and the accessibility tree. */
  filtered?: boolean;
  onSelect: (key: string) => void;
  onHover: (key: string | null) => void;
  register: (key: string, el: SVGGElement | null) => void;
}

/**
 * The focusable part of an edge: a wide invisible hit line and, while the edge is selected,
 * hovered or focused, the words drawn on it (placed clear of labels and nodes by drawLayout).
 * The visible line is drawn in a lower layer, so that nodes paint over line ends.
 */
export const GraphEdge = memo(function GraphEdge(props: Props) {
  const { edgeKey, filtered, relation, label, name, line, state, labelled } = props;
  const { onSelect, onHover, register } = props;
  const root = useRef<SVGGElement>(null);
  // Layout effect: registered before the parent draws the first frame.
  useLayoutEffect(() => {
    register(edgeKey, root.current);
    return () => register(edgeKey, null);
  }, [edgeKey, register, labelled]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(edgeKey);
    }
  };
  return (
    <g
      ref={root}
      className={`edge edge--${relation} is-${state}${filtered ? ' is-filtered' : ''}`}
      data-key={edgeKey}
      role="button"
      tabIndex={filtered ? -1 : 0}
      aria-hidden={filtered ? 'true' : undefined}
      aria-label={name}
      aria-current={state === 'selected' ? 'true' : undefined}
      onClick={() => onSelect(edgeKey)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onHover(edgeKey)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onHover(edgeKey)}
      onBlur={() => onHover(null)}
    >
      <line className="edge-hit" {...line} />
      {labelled && (
        <g className="edge-label" aria-hidden="true">
          <rect rx={4} />
          <text>{label}</text>
        </g>
      )}
    </g>
  );
});
