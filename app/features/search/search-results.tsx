// The search box's options (search-box.tsx renders them in its listbox), with the matching code
// itself: one chunk, loaded when the box is first focused.
import { useT } from '@/i18n/catalogue';
import type { SearchResult } from './search-index';

export { search } from './search-index';

interface Props {
  id: string;
  results: SearchResult[];
  active: number;
  query: string;
  onChoose: (r: SearchResult) => void;
}

export function SearchOptions({ id, results, active, query, onChoose }: Props) {
  const t = useT();
  const entities = results.filter((r) => r.kind === 'entity').length;
  return (
    <>
      {results.map((r, i) => (
        <li
          key={r.key}
          id={`${id}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          className={`search-option search-option--${r.kind}${i === entities && i > 0 ? ' is-first-passage' : ''}`}
          // mousedown, not click: the input's blur would close the list first
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(r);
          }}
        >
          <span className="search-option-title">{r.title}</span>
          <span className="search-option-detail">
            {r.kind === 'passage' ? t.search.passageFor(r.detail) : r.detail}
            {r.reliability && r.reliability !== 'attributed' ? (
              <span className={`search-option-mark mark--${r.reliability}`}>
                {' · '}
                {t.honesty.mark[r.reliability]}
              </span>
            ) : null}
          </span>
        </li>
      ))}
      {results.length === 0 ? (
        <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
          {t.search.noMatch(query.trim())}
        </li>
      ) : null}
    </>
  );
}
