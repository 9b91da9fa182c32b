import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { reliabilityOf } from '@/model/strength';
import { relationsOf } from './source-passages';

/** Every source, each with the relations it supports or qualifies. */
export function SourceList(props: {
  index: GraphIndex;
  current: string;
  onOpen: (id: string) => void;
}) {
  const { index, current, onOpen } = props;
  const t = useT();
  return (
    <nav className="source-list" aria-label={t.sources.all}>
      <h2 className="source-list-title">{t.sources.allCount(index.data.sources.length)}</h2>
      <ul>
        {index.data.sources.map((s) => {
          const relations = relationsOf(index, s.id);
          const reliability = reliabilityOf(s);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="source-list-button"
                aria-current={s.id === current ? 'true' : undefined}
                onClick={() => onOpen(s.id)}
              >
                {s.title ? (
                  <span lang="en">{s.title}</span>
                ) : (
                  <>
                    {s.label} <span className="not-stated">{t.sources.ourLabel}</span>
                  </>
                )}
                {reliability === 'attributed' ? null : (
                  <span className={`reliability-mark reliability-mark--${reliability}`}>
                    {t.honesty.mark[reliability]}
                  </span>
                )}
              </button>
              {relations.length ? (
                <ul className="source-relations" aria-label={t.sources.relationsIn(s.label)}>
                  {relations.map((r) => (
                    <li key={r.name}>
                      {r.name}
                      <span className="source-relation-counts">
                        {r.supports ? ` · ${t.sources.supportsCount(r.supports)}` : ''}
                        {r.qualifies ? ` · ${t.sources.qualifiesCount(r.qualifies)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="source-relations-none">
                  <span className="ours-label">{t.sources.ours}</span>
                  {s.unusedReason ?? t.sources.noneUsed}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
