// The draft's relations and entities, each with the build's data rules it breaks shown beside
// it. Our-words fields (summaries, descriptions) are labelled as the author's.
import { useT } from '@/i18n/catalogue';
import { RELATIONS } from '@/model/ids';
import type { MapPackage, PackageProblem } from '@/model/map-package';
import type { Relation } from '@/model/schema';
import { patchEdge, patchNode, removeEdge, removeNode, removePassage } from './draft-ops';
import { useDraft } from './draft-store';
import { ProblemList } from './problem-list';
import { useEditorTexts } from './use-editor-texts';

export function RelationsList({
  pkg,
  problems,
}: {
  pkg: MapPackage;
  problems: readonly PackageProblem[];
}) {
  const t = useEditorTexts();
  const app = useT();
  const change = useDraft((s) => s.change);
  const name = (id: string) => pkg.nodes.find((n) => n.id === id)?.label ?? id;

  return (
    <>
      <h3>{t.relations}</h3>
      {pkg.edges.length ? null : <p>{t.noRelations}</p>}
      <ul className="editor-list">
        {pkg.edges.map((e, i) => {
          const title = `${name(e.source)} – ${name(e.target)}`;
          return (
            <li key={`${e.source},${e.target}`} className="editor-card">
              <h4>{title}</h4>
              <label>
                {t.relation}{' '}
                <select
                  value={e.relation}
                  onChange={(ev) =>
                    change((p) => patchEdge(p, i, { relation: ev.target.value as Relation }))
                  }
                >
                  {RELATIONS.map((r) => (
                    <option key={r} value={r}>
                      {app.relation[r]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="editor-field">
                {t.summary}
                <textarea
                  key={e.summary}
                  rows={2}
                  defaultValue={e.summary}
                  onBlur={(ev) => {
                    const summary = ev.target.value.trim();
                    if (summary !== e.summary) change((p) => patchEdge(p, i, { summary }));
                  }}
                />
              </label>
              <ol className="editor-passages">
                {e.passages.map((p, j) => (
                  <li key={j} data-lost={p.unanchored ? '' : undefined}>
                    <blockquote>{p.text}</blockquote>
                    {p.unanchored ? <p className="editor-lost">{t.lost}</p> : null}
                    <button type="button" onClick={() => change((d) => removePassage(d, i, j))}>
                      {t.removePassage(j + 1)}
                    </button>
                  </li>
                ))}
              </ol>
              <ProblemList problems={problems} prefix={`map: edges[${i}]`} />
              <button type="button" onClick={() => change((p) => removeEdge(p, i))}>
                {t.removeRelation(title)}
              </button>
            </li>
          );
        })}
      </ul>
      <h3>{t.entities}</h3>
      <ul className="editor-list">
        {pkg.nodes.map((n, i) => (
          <li key={n.id} className="editor-card">
            <h4>
              {n.label}{' '}
              <small>
                ({app.kind[n.kind]}
                {n.wikidata ? `, ${n.wikidata}` : ''})
              </small>
            </h4>
            <label className="editor-field">
              {t.description}
              <textarea
                key={n.description}
                rows={2}
                defaultValue={n.description}
                onBlur={(ev) => {
                  const description = ev.target.value.trim();
                  if (description !== n.description)
                    change((p) => patchNode(p, n.id, { description }));
                }}
              />
            </label>
            <ProblemList problems={problems} prefix={`map: nodes[${i}]`} />
            <button type="button" onClick={() => change((p) => removeNode(p, n.id))}>
              {t.removeEntity(n.label)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
