import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { PassageList } from './passage-list';

export function EdgeEvidence(props: { edge: GraphEdge; index: GraphIndex; limit?: number }) {
  const { edge, index, limit } = props;
  const t = useT();
  return (
    <>
      <p className="ours">
        <span className="ours-label">{t.evidence.ourSummary}</span> {edge.summary}
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
