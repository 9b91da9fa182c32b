import { useT } from '@/i18n/catalogue';
import { useUi } from '@/store/store';
import type { GraphIndex } from '@/model/graph-index';
import type { GraphEdge } from '@/model/schema';
import { EdgeBasis, FirmestSupport } from './edge-basis';
import { PassageList } from './passage-list';
import { RelationVoices } from './relation-voices';
import { SlidePassages } from './slide-passages';

export function EdgeEvidence(props: { edge: GraphEdge; index: GraphIndex; limit?: number }) {
  const { edge, index, limit } = props;
  const t = useT();
  const presenting = useUi((s) => s.presenting);
  const passages = (
    <PassageList
      key={edge.source + edge.target}
      passages={edge.passages}
      index={index}
      limit={limit}
    />
  );
  // The texts' words and our summary start folded on every screen, so the first quotation shows
  // at once: open, they pushed it below a laptop's fold (1280×800: to y = 1,163 px; 1,351 px in
  // Russian). One press opens them.
  const about = (
    <details className="about-relation">
      <summary>{t.honesty.aboutLine}</summary>
      <FirmestSupport edge={edge} index={index} />
      <RelationVoices edge={edge} index={index} />
      <p className="ours">
        <span className="ours-label">{t.evidence.ourSummary}</span> {edge.summary}
      </p>
    </details>
  );
  if (presenting) {
    return (
      <SlidePassages
        key={edge.source + edge.target}
        passages={edge.passages}
        index={index}
        all={
          <>
            {about}
            {passages}
          </>
        }
      >
        <EdgeBasis edge={edge} index={index} />
      </SlidePassages>
    );
  }
  return (
    <>
      <EdgeBasis edge={edge} index={index} />
      {about}
      {passages}
    </>
  );
}
