import type { GraphIndex } from '@/model/graph-index';
import { relationsOf } from './source-passages';

/** Every source, each with the relations it supports or qualifies. */
export function SourceList(props: {
  index: GraphIndex;
  current: string;
  onOpen: (id: string) => void;
}) {
  const { index, current, onOpen } = props;
  return (
    <nav className="source-list" aria-label="All sources">
      <h2 className="source-list-title">All sources ({index.data.sources.length})</h2>
      <ul>
        {index.data.sources.map((s) => {
          const relations = relationsOf(index, s.id);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="source-list-button"
                aria-current={s.id === current ? 'true' : undefined}
                onClick={() => onOpen(s.id)}
              >
                {s.title ?? (
                  <>
                    {s.label} <span className="not-stated">(our label)</span>
                  </>
                )}
              </button>
              {relations.length ? (
                <ul className="source-relations" aria-label={`Relations in ${s.label}`}>
                  {relations.map((r) => (
                    <li key={r.name}>
                      {r.name}
                      <span className="source-relation-counts">
                        {r.supports ? ` · supports ${r.supports}` : ''}
                        {r.qualifies ? ` · qualifies ${r.qualifies}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="source-relations-none">
                  <span className="ours-label">Ours</span>
                  {s.unusedReason ?? 'No passage from this text is used in the map.'}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
