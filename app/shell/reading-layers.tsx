// What the reading tools open over or beside the map: the table of relations, and the source
// view (code-split, since most visits never open a source).
import { lazy, Suspense } from 'react';
import { RelationsTable } from '@/features/table/relations-table';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';

const SourceView = lazy(() => import('@/features/sources/source-view'));

export function ReadingLayers({ index }: { index: GraphIndex }) {
  const tableOpen = useUi((s) => s.tableOpen);
  const source = useUi((s) => s.sourceOpen);
  const t = useT();
  return (
    <>
      {tableOpen ? <RelationsTable index={index} /> : null}
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
