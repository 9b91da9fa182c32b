// The text alternative to the picture: every relation of the map (within the filters) as
// rows of a table, each naming its entities, relation type, passage count and sources.
import { useMemo } from 'react';
import { useT } from '@/i18n/catalogue';
import { isContested } from '@/model/claims';
import { isFiltering, visibleElements } from '@/model/filters';
import { nodeName, type GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { edgeSelection, selectionKey } from '@/model/selection';
import { edgeStrength } from '@/model/strength';
import { useUi } from '@/store/store';
import './table.css';

export function RelationsTable({ index }: { index: GraphIndex }) {
  const t = useT();
  const filters = useUi((s) => s.filters);
  const selection = useUi((s) => s.selection);
  const select = useUi((s) => s.select);
  const edges = useMemo(() => visibleElements(index, filters).edges, [index, filters]);
  const total = index.data.edges.length;
  const selectedKey = selection?.kind === 'edge' ? selectionKey(selection) : null;

  return (
    <section className="table-view" aria-labelledby="relations-table-title">
      <h2 id="relations-table-title" className="table-view-title">
        {t.table.title}
      </h2>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t.table.scrollLabel}>
        <table className="relations-table">
          <caption>
            {isFiltering(filters) ? t.table.filtered(edges.length, total) : t.table.all(total)}{' '}
            {t.table.choose}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.table.entities}</th>
              <th scope="col">{t.table.relation}</th>
              <th scope="col">{t.table.passages}</th>
              <th scope="col">{t.honesty.basis}</th>
              <th scope="col">{t.table.sources}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => {
              const key = edgeKey(e.source, e.target);
              const qualifies = e.passages.filter((p) => p.stance === 'qualifies').length;
              const sources = [...new Set(e.passages.map((p) => p.source))];
              const strength = edgeStrength(e, index.source);
              const level = strength.level;
              return (
                <tr key={key} aria-current={key === selectedKey ? 'true' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="table-select"
                      onClick={() => select(edgeSelection(e.source, e.target))}
                    >
                      {nodeName(index, e.source)} – {nodeName(index, e.target)}
                    </button>
                  </th>
                  <td>
                    <span className={`table-relation edge--${e.relation}`}>{e.label}</span>{' '}
                    <span className="table-family">({t.relation[e.relation]})</span>
                    {isContested(e) ? (
                      <span className="table-contested">{t.honesty.contestedShort}</span>
                    ) : null}
                  </td>
                  <td className="table-count" data-label={t.table.passages}>
                    {e.passages.length}
                    {qualifies ? ` ${t.evidence.qualifyingCount(qualifies)}` : ''}
                  </td>
                  <td className={`table-basis strength--${level}`}>
                    {t.honesty.level[level]}
                    {level !== 'unverified' && strength.unverifiedSupportingSources
                      ? `, ${t.honesty.plusUnverified(strength.unverifiedSupportingSources)}`
                      : ''}
                  </td>
                  <td data-label={t.table.sources}>
                    <ul className="table-sources">
                      {sources.map((s) => (
                        <li key={s}>{index.source.get(s)?.label ?? s}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {edges.length === 0 ? <p className="table-empty">{t.table.empty}</p> : null}
      </div>
    </section>
  );
}
