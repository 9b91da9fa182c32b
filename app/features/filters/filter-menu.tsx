// Filters for the map and the table: relation types, entity kinds and stance. They live in
// the store (and so in the URL); the graph dims what they leave out without re-running the
// layout. The menu's body (filter-body.tsx, with its English texts) is a chunk of its own,
// rendered only while the menu is open: the first view carries the summary and the status.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import { Guarded, lazyRetry } from '@/lib/guard';
import { isFiltering, visibleElements } from '@/model/filters';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';
import './filters.css';

const loadBody = () => withFeatureTexts(import('./filter-body'));
const FilterBody = lazyRetry(loadBody);

export function FilterMenu({ index }: { index: GraphIndex }) {
  const filters = useUi((s) => s.filters);
  const t = useT();
  const [open, setOpen] = useState(false);
  const shown = useMemo(() => visibleElements(index, filters).edges.length, [index, filters]);
  const active = isFiltering(filters);
  const menu = useRef<HTMLDetailsElement>(null);
  // A pop-over closes on Escape (focus back on its summary) and on a click outside it.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    e.preventDefault();
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  const count = filters.relations.length + filters.kinds.length + (filters.stance ? 1 : 0);

  return (
    <details
      className="filter-menu"
      ref={menu}
      onKeyDown={onKeyDown}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      {/* Pointing at or focusing the summary fetches the body, so opening rarely waits. */}
      <summary onPointerEnter={() => void loadBody()} onFocus={() => void loadBody()}>
        {active ? t.filters.summaryOn(count) : t.filters.summary}
      </summary>
      {open ? (
        <Guarded>
          <FilterBody index={index} />
        </Guarded>
      ) : null}
      <p className="visually-hidden" role="status">
        {active ? t.filters.showing(shown, index.data.edges.length) : ''}
      </p>
    </details>
  );
}
