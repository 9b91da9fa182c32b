// The source view (code-split: loaded only when a source is opened). Shows a source's full
// text with every passage the map quotes from it marked, the one the reader came from
// highlighted and scrolled into view, and the list of all sources beside it.
import { useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '@/i18n/catalogue';
import { scrollWithin } from '@/lib/scroll-within';
import { messageText } from '@/i18n/message';
import { problemOf } from '@/model/graph-api';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';
import { SourceList } from './source-list';
import { SourceMeta } from './source-meta';
import { passagesOf } from './source-passages';
import { SourceText } from './source-text';
import { useSourceAnchors } from './use-source-anchors';
import { useSourceText } from './use-source-text';
import './sources.css';

export default function SourceView(props: {
  index: GraphIndex;
  id: string;
  opener: RefObject<HTMLElement | null>;
}) {
  const { index, id, opener } = props;
  const source = index.source.get(id);
  const t = useT();
  const highlight = useUi((s) => s.sourceHighlight);
  const openSource = useUi((s) => s.openSource);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useSourceText(id, !!source);
  const anchors = useSourceAnchors(id);
  const quoted = useMemo(() => passagesOf(index, id), [index, id]);

  // Return focus to whatever opened the view (a "Read in source" button) when it closes. The
  // shell takes the opener as the view opens (see reading-layers.tsx); a passive effect's
  // cleanup runs once the workspace no longer hides the map and panel, so the opener can
  // take focus again.
  useEffect(() => {
    const el = opener.current;
    return () => {
      if (!el?.isConnected) return;
      el.focus({ preventScroll: true }); // not the host page's scroll, in an embed
      scrollWithin(el, 'nearest');
    };
  }, [opener]);

  const dropSource = useUi((s) => s.dropSource);
  useEffect(() => {
    if (!source) dropSource({ key: 'noSuchSource', args: [id] });
  }, [source, id, dropSource]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [id]);

  useEffect(() => {
    if (!text.data) return;
    scrollWithin(document.getElementById('current-passage'));
  }, [text.data, highlight, id]);

  if (!source) return null;
  const close = () => openSource(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault(); // the page-level Escape (which clears the selection) skips it
    close();
  };

  return (
    <section className="source-view" aria-labelledby="source-view-title" onKeyDown={onKeyDown}>
      <div className="source-view-bar">
        <button type="button" className="source-back" onClick={close}>
          {t.sources.back}
        </button>
      </div>
      <div className="source-view-body">
        <SourceList index={index} current={id} onOpen={(s) => openSource(s)} />
        <article className="source-reader" tabIndex={0} aria-labelledby="source-view-title">
          <p className="kicker">{t.sources.kicker}</p>
          <h2 id="source-view-title" ref={heading} tabIndex={-1}>
            {source.title ? (
              <span lang="en">{source.title}</span>
            ) : (
              <>
                {source.label} <span className="not-stated">{t.evidence.untitled}</span>
              </>
            )}
          </h2>
          <SourceMeta source={source} />
          <p className="source-key">
            {quoted.length ? `${t.sources.quotedAndMarked(quoted.length)} ` : t.sources.noneQuoted}
            {quoted.length ? (
              <>
                <mark className="source-mark source-mark--supports">{t.sources.markSupports}</mark>{' '}
                <mark className="source-mark source-mark--qualifies">
                  {t.sources.markQualifies}
                </mark>
                {highlight ? (
                  <>
                    {' '}
                    <mark className="source-mark is-current">{t.sources.markCurrent}</mark>{' '}
                    <button
                      type="button"
                      className="source-jump"
                      onClick={() => {
                        const mark = document.getElementById('current-passage');
                        scrollWithin(mark);
                        mark?.focus({ preventScroll: true });
                      }}
                    >
                      {t.sources.goToPassage}
                    </button>
                  </>
                ) : null}
              </>
            ) : null}
          </p>
          {text.isPending ? (
            <p role="status">{t.sources.loading}</p>
          ) : text.isError ? (
            <div role="alert" className="notice-inline">
              <p>{messageText(t.error, problemOf(text.error))}</p>
              <button type="button" onClick={() => void text.refetch()}>
                {t.sources.tryAgain}
              </button>
            </div>
          ) : (
            <SourceText raw={text.data} quoted={quoted} highlight={highlight} anchors={anchors} />
          )}
        </article>
      </div>
    </section>
  );
}
