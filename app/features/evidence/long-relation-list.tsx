// A relation list too long to add at once: a large graph's thousands of ties (6,235 at 5,000
// nodes), added a few hundred a turn (use-steps.ts). Each turn's items are one box whose
// content the browser skips while it is out of view (long-relation-list.css): without that,
// every step re-laid out and pre-painted all the items before it, which grew to 20-40 ms a
// frame while the map beside it laid out. A lazy chunk: the shipped graph's lists are short,
// so the first view neither carries nor needs it.
import { memo } from 'react';
import { stepSlices, useSteps } from '@/lib/use-steps';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { RelationButton } from './relation-button';
import './long-relation-list.css';

interface Props {
  edges: GraphEdge[];
  index: GraphIndex;
  /** The entity the list is about: each button then names the other end first. */
  from?: string;
  onSelect: (ids: string[]) => void;
}

/** Relations rendered per turn. */
export const STEP = 200;

export default function LongRelationList(props: Props) {
  const listed = useSteps(props.edges.length, STEP);
  // A list of generic boxes of list items: the boxes are what the browser can skip.
  return (
    <div role="list" className="relation-list">
      {stepSlices(listed, STEP).map(([from, to]) => (
        <Ties key={from} {...props} start={from} end={to} />
      ))}
    </div>
  );
}

/** The relations from one index to another: a memoised slice, rendered once. */
const Ties = memo(function Ties(props: Props & { start: number; end: number }) {
  const { edges, index, from, onSelect, start, end } = props;
  return (
    <div className="relation-slice">
      {edges.slice(start, end).map((e) => (
        <div role="listitem" key={`${e.source},${e.target}`}>
          <RelationButton edge={e} index={index} from={from} onSelect={onSelect} />
        </div>
      ))}
    </div>
  );
});
