// The filter menu's body (filter-menu.tsx renders it while the menu is open): relation types
// and kinds of entity present in the map, the stance, a hint and Clear.
import { useT } from '@/i18n/catalogue';
import { isFiltering, NO_FILTERS } from '@/model/filters';
import type { GraphIndex } from '@/model/graph-index';
import { KINDS, RELATIONS } from '@/model/relations';
import { useUi } from '@/store/store';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export default function FilterBody({ index }: { index: GraphIndex }) {
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const t = useT();
  const relations = RELATIONS.filter((r) => index.data.edges.some((e) => e.relation === r));
  const kinds = KINDS.filter((k) => index.data.nodes.some((n) => n.kind === k && !n.focal));
  const active = isFiltering(filters);
  return (
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
  );
}
