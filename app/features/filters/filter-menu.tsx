// Filters for the map and the table: relation types, entity kinds and stance. They live in
// the store (and so in the URL); the graph dims what they leave out without re-running the
// layout.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useT } from '@/i18n/catalogue';
import { isFiltering, visibleElements } from '@/model/filters';
import type { GraphIndex } from '@/model/graph-index';
import { KINDS, RELATIONS } from '@/model/relations';
import { NO_FILTERS } from '@/model/filters';
import { useUi } from '@/store/store';
import './filters.css';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FilterMenu({ index }: { index: GraphIndex }) {
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const t = useT();
  const relations = RELATIONS.filter((r) => index.data.edges.some((e) => e.relation === r));
  const kinds = KINDS.filter((k) => index.data.nodes.some((n) => n.kind === k && !n.focal));
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
    <details className="filter-menu" ref={menu} onKeyDown={onKeyDown}>
      <summary>{active ? t.filters.summaryOn(count) : t.filters.summary}</summary>
      <div className="filter-body">
        <fieldset>
          <legend>{t.filters.relationTypes}</legend>
          {relations.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                checked={filters.relations.includes(r)}
                onChange={() => setFilters({ relations: toggle(filters.relations, r) })}
              />{' '}
              {t.relation[r]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.filters.entityKinds}</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={filters.kinds.includes(k)}
                onChange={() => setFilters({ kinds: toggle(filters.kinds, k) })}
              />{' '}
              {t.kind[k]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.filters.evidence}</legend>
          {(
            [
              [null, t.filters.anyPassage],
              ['supports', t.filters.supporting],
              ['qualifies', t.filters.qualifying],
            ] as const
          ).map(([value, text]) => (
            <label key={text}>
              <input
                type="radio"
                name="stance-filter"
                checked={filters.stance === value}
                onChange={() => setFilters({ stance: value })}
              />{' '}
              {text}
            </label>
          ))}
        </fieldset>
        <p className="filter-hint">{t.filters.hint}</p>
        <button
          type="button"
          className="filter-clear"
          disabled={!active}
          onClick={() => setFilters(NO_FILTERS)}
        >
          {t.filters.clear}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {active ? t.filters.showing(shown, index.data.edges.length) : ''}
      </p>
    </details>
  );
}
