// What the reading tools open over or beside the map: the table of relations, and the source
// view, both code-split, since most visits open neither.
import { useLayoutEffect, useRef } from 'react';
import { Guarded, lazyRetry } from '@/lib/guard';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';

const SourceView = lazyRetry(() => withFeatureTexts(import('@/features/sources/source-view')));
const RelationsTable = lazyRetry(() =>
  withFeatureTexts(import('@/features/table/relations-table')).then((m) => ({
    default: m.RelationsTable,
  })),
);

export function ReadingLayers({ index }: { index: GraphIndex }) {
  const tableOpen = useUi((s) => s.tableOpen);
  const source = useUi((s) => s.sourceOpen);
  const t = useT();
  // What had focus when a source opened (a "Read in source" button) gets it back when the view
  // closes. Taken here, as the view opens, and not in the lazily loaded view: while its code
  // loads, the workspace already hides what the view will cover (data-source-open), and hiding
  // the focused button takes its focus away. A layout effect runs before any style update.
  const opener = useRef<HTMLElement | null>(null);
  const sourceShown = source !== null;
  useLayoutEffect(() => {
    const el = document.activeElement;
    opener.current = sourceShown && el instanceof HTMLElement ? el : null;
  }, [sourceShown]);
  return (
    <>
      {tableOpen ? (
        <Guarded>
          <RelationsTable index={index} />
        </Guarded>
      ) : null}
      {source ? (
        <Guarded
          // Out of the page's flow while the view's code (and stylesheet) loads: in it, it grew
          // an embed by 56 px for a moment, moving the host article. A screen reader still
          // hears it; the eye sees the workspace clear for that moment.
          fallback={
            <p role="status" className="visually-hidden">
              {t.shell.openingSource}
            </p>
          }
        >
          <SourceView index={index} id={source} opener={opener} />
        </Guarded>
      ) : null}
    </>
  );
}
