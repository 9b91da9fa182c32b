import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { GraphNode as NodeData } from '@/model/schema';
import type { LayoutNode } from '../engine/layout';
import { NodeShape } from '../chrome/node-shape';
import type { NodeAttrs, NodeElements } from './svg-writer';
import type { ElementState } from '../view/emphasis';

interface Props {
  node: NodeData;
  layoutNode: LayoutNode;
  /** The first frame's attributes (the prerendered markup); drawLayout writes later ones. */
  first: NodeAttrs | undefined;
  state: ElementState;
  /** Left out by the filters: faded, and out of the tab order and the accessibility tree. */
  filtered?: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  register: (id: string, els: NodeElements | null) => void;
  attachDrag: (el: SVGGElement, node: LayoutNode) => () => void;
}

export const GraphNode = memo(function GraphNode(props: Props) {
  const { node, filtered, layoutNode, first, state, onSelect, onHover, register, attachDrag } =
    props;
  const root = useRef<SVGGElement>(null);
  const label = useRef<SVGTextElement>(null);
  const leader = useRef<SVGLineElement>(null);

  // Layout effect: registered before the parent draws the first frame.
  useLayoutEffect(() => {
    if (!root.current) return;
    register(node.id, { root: root.current, label: label.current, leader: leader.current });
    const detach = attachDrag(root.current, layoutNode);
    return () => {
      detach();
      register(node.id, null);
    };
  }, [node.id, layoutNode, register, attachDrag]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(node.id);
    }
  };

  return (
    <g
      ref={root}
      className={`node node--${node.kind}${node.focal ? ' node--focal' : ''} is-${state}${filtered ? ' is-filtered' : ''}`}
      data-id={node.id}
      transform={first?.transform}
      role="button"
      tabIndex={filtered ? -1 : 0}
      aria-hidden={filtered ? 'true' : undefined}
      aria-label={node.label}
      aria-current={state === 'selected' ? 'true' : undefined}
      onClick={() => onSelect(node.id)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onHover(node.id)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onHover(node.id)}
      onBlur={() => onHover(null)}
    >
      {/* A generous invisible target: no precision clicks on a projector or a phone. */}
      <circle className="node-hit" r={Math.max(layoutNode.r + 10, 26)} />
      <NodeShape className="node-ring" kind={node.kind} r={layoutNode.r + 5} />
      <NodeShape className="node-shape" kind={node.kind} r={layoutNode.r} />
      {/* Joins the name to its node when placement had to move it away (drawLayout). */}
      <line ref={leader} className="node-leader" aria-hidden="true" {...first?.leader} />
      <text
        ref={label}
        className="node-label"
        aria-hidden="true"
        x={first?.label?.x}
        y={first?.label?.y}
        data-outside={first?.label?.outside ? '' : undefined}
        data-hidden={first?.label?.hidden ? '' : undefined}
      >
        {node.focal ? node.label : (node.short ?? node.label)}
      </text>
    </g>
  );
});
