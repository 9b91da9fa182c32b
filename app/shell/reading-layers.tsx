// What the reading tools open over or beside the map: the table of relations, and the source
// view, both code-split, since most visits open neither.
import { lazy, Suspense } from 'react';
import { useT, withFeatureTexts } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';

const SourceView = lazy(() => withFeatureTexts(import('@/features/sources/source-view')));
const RelationsTable = lazy(() =>
  withFeatureTexts(import('@/features/table/relations-table')).then((m) => ({
    default: m.RelationsTable,
  })),
);

export function ReadingLayers({ index }: { index: GraphIndex }) {
  const tableOpen = useUi((s) => s.tableOpen);
  const source = useUi((s) => s.sourceOpen);
  const t = useT();
  return (
    <>
      {tableOpen ? (
        <Suspense fallback={null}>
          <RelationsTable index={index} />
        </Suspense>
      ) : null}
      {source ? (
        <Suspense
          fallback={
            <p role="status" className="source-loading">
              {t.shell.openingSource}
            </p>
          }
        >
          <SourceView index={index} id={source} />
        </Suspense>
      ) : null}
    </>
  );
}
