import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { PassageList } from './passage-list';

export function EdgeEvidence({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  return (
    <>
      <p className="ours">
        <span className="ours-label">Our summary</span> {edge.summary}
      </p>
      <PassageList passages={edge.passages} index={index} />
    </>
  );
}
