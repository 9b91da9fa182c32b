import { useT } from '@/i18n/catalogue';
import { useUi } from '@/store/store';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { EdgeBasis, FirmestSupport } from './edge-basis';
import { PassageList } from './passage-list';
import { RelationVoices } from './relation-voices';

/**
 * On a phone, in an embed and on a projector the terms and our summary fold away, so the first
 * quotation shows at once (and a presenter's clicker reaches the passages sooner).
 */
const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 720px)').matches;

export function EdgeEvidence(props: { edge: GraphEdge; index: GraphIndex; limit?: number }) {
  const { edge, index, limit } = props;
  const t = useT();
  const presenting = useUi((s) => s.presenting);
  return (
    <>
      <EdgeBasis edge={edge} index={index} />
      <details className="about-relation" open={!limit && !presenting && !narrow()}>
        <summary>{t.honesty.aboutLine}</summary>
        <FirmestSupport edge={edge} index={index} />
        <RelationVoices edge={edge} index={index} />
        <p className="ours">
          <span className="ours-label">{t.evidence.ourSummary}</span> {edge.summary}
        </p>
      </details>
      <PassageList
        key={edge.source + edge.target}
        passages={edge.passages}
        index={index}
        limit={limit}
      />
    </>
  );
}
