// A combobox (ARIA 1.2 pattern, list autocomplete): typing lists matching entities and
// passages; Up/Down move through them (aria-activedescendant keeps focus in the input),
// Enter selects, Escape closes the list and then clears the text.
import { useEffect, useId, useMemo, useState } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import { loadOnce } from '@/lib/guard';
import type { GraphIndex } from '@/model/graph-index';
import { selectionFromIds } from '@/model/selection';
import { useUi } from '@/store/store';
import type { SearchResult } from './search-index';
import './search.css';

// The matching code and the options' markup load when the box is first focused, not with the
// page, and with them the English texts of the results (en-more.ts).
type Engine = typeof import('./search-results');
const loadEngine = loadOnce(() => withFeatureTexts(import('./search-results')));

export function SearchBox({ index }: { index: GraphIndex }) {
  const [found, setFound] = useState<Engine | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const select = useUi((s) => s.select);
  const t = useT();
  const results = useMemo(() => found?.search(index, query, t) ?? [], [found, index, query, t]);
  const ready = () => {
    if (!found) void loadEngine().then(setFound);
  };
  const id = useId();
  const listId = `${id}-list`;
  const showList = open && query.trim() !== '';
  // Focus stays in the input, so the browser does not scroll the active option into view.
  useEffect(() => {
    if (active >= 0)
      document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (r: SearchResult) => {
    select(selectionFromIds(r.select));
    setOpen(false);
    setActive(-1);
    setQuery(r.kind === 'entity' ? r.title : query);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.search.label}
      </label>
      <input
        id={`${id}-input`}
        // type="text": HTML allows role="combobox" (and so aria-expanded) on a text input but
        // not on type="search", whose role is fixed as searchbox; the Nu HTML Checker refuses
        // both there. enterKeyHint keeps the phone keyboard's "search" key.
        type="text"
        enterKeyHint="search"
        className="search-input"
        placeholder={t.search.placeholder}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          ready();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={(e) =>
          found?.onSearchKey(e, {
            results,
            active,
            showList,
            query,
            setOpen,
            setActive,
            setQuery,
            choose,
          })
        }
        onFocus={() => {
          ready();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={found ? t.search.results : undefined}
        className="search-results"
        hidden={!showList}
      >
        {found ? (
          <found.SearchOptions
            id={id}
            results={results}
            active={active}
            query={query}
            onChoose={choose}
          />
        ) : null}
      </ul>
      <p className="visually-hidden" role="status">
        {showList && found ? t.search.count(results.length) : ''}
      </p>
    </div>
  );
}
