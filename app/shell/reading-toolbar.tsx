// The tools for reading the evidence, above the map: search, filters, the table view, the
// list of sources, "Cite this view" and "Download the data". The shell composes them; the features stay apart.
import { CiteViewButton } from '@/features/citations/cite-view-button';
import { FilterMenu } from '@/features/filters/filter-menu';
import { SearchBox } from '@/features/search/search-box';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';
import { DownloadMenu } from './download-menu';
import './reading-toolbar.css';

export function ReadingToolbar({ index }: { index: GraphIndex | undefined }) {
  const tableOpen = useUi((s) => s.tableOpen);
  const setTableOpen = useUi((s) => s.setTableOpen);
  const openSource = useUi((s) => s.openSource);
  const t = useT();
  if (!index) return null;
  const first = index.data.sources[0];
  return (
    <div className="reading-toolbar" role="region" aria-label={t.shell.readingTools}>
      <SearchBox index={index} />
      <FilterMenu index={index} />
      <button
        type="button"
        className="toolbar-button"
        aria-pressed={tableOpen}
        onClick={() => setTableOpen(!tableOpen)}
      >
        {t.shell.table}
      </button>
      {first ? (
        <button type="button" className="toolbar-button" onClick={() => openSource(first.id)}>
          {t.shell.sources}
        </button>
      ) : null}
      <CiteViewButton />
      <DownloadMenu />
    </div>
  );
}
