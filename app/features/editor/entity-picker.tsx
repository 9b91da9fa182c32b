// Picks one end of a relation: an entity already in the draft, or a new one described here.
import { useId } from 'react';
import { useT } from '@/i18n/catalogue';
import type { PackageNode } from '@/model/map-package';
import { NODE_KINDS } from '@/model/ids';
import type { NewEntity } from './draft-ops';
import { useEditorTexts } from './use-editor-texts';

export interface EntityDraft {
  /** An existing entity's id, or "" for a new one. */
  id: string;
  create: NewEntity;
}

export const newEntity = (focal: boolean): EntityDraft => ({
  id: '',
  create: {
    label: '',
    kind: 'country',
    aliases: [],
    wikidata: '',
    wikidataSource: '',
    description: '',
    focal,
  },
});

export function EntityPicker({
  legend,
  nodes,
  value,
  onChange,
}: {
  legend: string;
  nodes: readonly PackageNode[];
  value: EntityDraft;
  onChange: (next: EntityDraft) => void;
}) {
  const t = useEditorTexts();
  const app = useT();
  const id = useId();
  const set = (patch: Partial<NewEntity>) =>
    onChange({ ...value, create: { ...value.create, ...patch } });
  return (
    <fieldset className="editor-fieldset">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-pick`}>{t.entity}</label>
      <select
        id={`${id}-pick`}
        value={value.id}
        onChange={(e) => onChange({ ...value, id: e.target.value })}
      >
        <option value="">{t.newEntity}</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
      {value.id ? null : (
        <>
          <label htmlFor={`${id}-name`}>{t.name}</label>
          <input
            id={`${id}-name`}
            required
            value={value.create.label}
            onChange={(e) => set({ label: e.target.value })}
          />
          <label htmlFor={`${id}-kind`}>{t.kind}</label>
          <select
            id={`${id}-kind`}
            value={value.create.kind}
            onChange={(e) => set({ kind: e.target.value as NewEntity['kind'] })}
          >
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {app.kind[k]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-aliases`}>{t.aliases}</label>
          <input
            id={`${id}-aliases`}
            value={value.create.aliases.join(', ')}
            onChange={(e) => set({ aliases: e.target.value.split(',').map((a) => a.trimStart()) })}
          />
          <label htmlFor={`${id}-qid`}>{t.wikidata}</label>
          <input
            id={`${id}-qid`}
            pattern="Q[1-9][0-9]*"
            value={value.create.wikidata}
            onChange={(e) => set({ wikidata: e.target.value.trim() })}
          />
          {value.create.wikidata ? (
            <>
              <label htmlFor={`${id}-qsrc`}>{t.wikidataSource}</label>
              <input
                id={`${id}-qsrc`}
                value={value.create.wikidataSource}
                onChange={(e) => set({ wikidataSource: e.target.value })}
              />
            </>
          ) : null}
          <label htmlFor={`${id}-desc`}>{t.description}</label>
          <textarea
            id={`${id}-desc`}
            rows={2}
            value={value.create.description}
            onChange={(e) => set({ description: e.target.value })}
          />
          <label className="editor-check">
            <input
              type="checkbox"
              checked={value.create.focal}
              onChange={(e) => set({ focal: e.target.checked })}
            />
            {t.focal}
          </label>
        </>
      )}
    </fieldset>
  );
}
