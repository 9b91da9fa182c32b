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
              <OurWords
                label={t.summary}
                value={e.summary}
                onCommit={(summary) => change((p) => patchEdge(p, i, { summary }))}
              />
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
            <OurWords
              label={t.description}
              value={n.description}
              onCommit={(description) => change((p) => patchNode(p, n.id, { description }))}
            />
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

/** A field of the author's own words, written to the draft (one undo step) when it loses focus. */
function OurWords({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  return (
    <label className="editor-field">
      {label}
      <textarea
        key={value}
        rows={2}
        defaultValue={value}
        onBlur={(ev) => {
          const next = ev.target.value.trim();
          if (next !== value) onCommit(next);
        }}
      />
    </label>
  );
}
