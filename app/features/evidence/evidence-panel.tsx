// The evidence panel: a side panel on wide screens, a bottom sheet on phones (CSS). It names
// the selection in its heading and lists the passages that justify it, grouped by source.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import { edgeName, nodeName, type GraphIndex, type Resolved } from '@/model/graph-index';
import { selectionFromIds } from '@/model/selection';
import { useUi } from '@/store/store';
import { Intro } from './intro';

// The passages and what frames them are a chunk of their own: the first view (prerendered, with
// nothing selected) shows only the intro. It is fetched as soon as the panel is on screen, so a
// reader's first choice rarely waits for it. Its English texts come with it (en-more.ts).
const loadDetails = () => withFeatureTexts(import('./evidence-details'));
const NodeEvidence = lazy(() => loadDetails().then((m) => ({ default: m.NodeEvidence })));
const EdgeEvidence = lazy(() => loadDetails().then((m) => ({ default: m.EdgeEvidence })));

export function EvidencePanel({
  index,
  resolved,
}: {
  index: GraphIndex;
  resolved: Resolved | null;
}) {
  const t = useT();
  const select = useUi((s) => s.select);
  // An embed stays slim: a hint instead of the relation list, and the first passages only.
  const compact = useUi((s) => s.embed);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const body = useRef<HTMLDivElement>(null);

  // A choice made inside the panel replaces the content under the reader's focus: move focus
  // to the new heading so that keyboard and screen-reader users land on what they chose.
  const selectHere = (ids: string[]) => {
    focusHeading.current = true;
    select(selectionFromIds(ids));
  };
  useEffect(() => void loadDetails(), []);
  useEffect(() => {
    body.current?.scrollTo?.({ top: 0 });
    // preventScroll: in an embed, focus() would also scroll the host article to the panel.
    if (focusHeading.current) heading.current?.focus({ preventScroll: true });
    focusHeading.current = false;
  }, [resolved]);

  const selected = resolved && resolved.kind !== 'none' ? resolved : null;
  return (
    <aside
      className="panel"
      id="evidence"
      data-state={selected ? 'open' : 'idle'}
      aria-label={t.evidence.panel}
    >
      <div className="panel-head">
        {selected ? (
          <>
            <h2 ref={heading} tabIndex={-1}>
              {selected.kind === 'node'
                ? selected.node.label
                : `${nodeName(index, selected.edge.source)} – ${nodeName(index, selected.edge.target)}`}
            </h2>
            {selected.kind === 'edge' ? (
              <p className={`relation-badge edge--${selected.edge.relation}`}>
                {t.evidence.relationIs} <strong>{selected.edge.label}</strong>{' '}
                <span className="relation-family">({t.relation[selected.edge.relation]})</span>
              </p>
            ) : null}
            <button
              type="button"
              className="close-button"
              aria-label={t.evidence.close}
              title={t.evidence.closeTitle}
              onClick={() => select(null)}
            >
              ×
            </button>
          </>
        ) : (
          <h2 ref={heading} tabIndex={-1}>
            {t.evidence.panel}
          </h2>
        )}
      </div>
      {/* Focusable so keyboard users can scroll a long run of passages. */}
      <div
        className="panel-body"
        ref={body}
        tabIndex={0}
        role="group"
        aria-label={t.evidence.details}
      >
        {selected?.kind === 'node' ? (
          <Suspense fallback={null}>
            <NodeEvidence node={selected.node} index={index} onSelect={selectHere} />
          </Suspense>
        ) : selected?.kind === 'edge' ? (
          <Suspense fallback={null}>
            <EdgeEvidence edge={selected.edge} index={index} limit={compact ? 3 : undefined} />
          </Suspense>
        ) : (
          // An embed keeps the same height with nothing selected (so the article never moves):
          // the room goes to the ways in, as in the full view.
          <Intro index={index} onSelect={selectHere} />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selected?.kind === 'node'
          ? t.evidence.selectedNode(selected.node.label)
          : selected?.kind === 'edge'
            ? t.evidence.selectedEdge(edgeName(index, selected.edge), selected.edge.passages.length)
            : ''}
      </p>
    </aside>
  );
}
