import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { PassageList } from './passage-list';

export function EdgeEvidence(props: { edge: GraphEdge; index: GraphIndex; limit?: number }) {
  const { edge, index, limit } = props;
  return (
    <>
      <p className="ours">
        <span className="ours-label">Our summary</span> {edge.summary}
      </p>
      <PassageList
        key={edge.source + edge.target}
        passages={edge.passages}
        index={index}
        limit={limit}
      />
    </>
  );
}
