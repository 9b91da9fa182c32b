// "Use as evidence": the selected words, verbatim, become a passage of a relation between two
// entities (picked or created), with its stance, voice, modality and speaker.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/i18n/catalogue';
import type { Span } from '@/lib/open-data/anchor';
import { MODALITIES, RELATIONS, VOICES } from '@/model/ids';
import type { MapPackage } from '@/model/map-package';
import type { EvidenceInput } from './draft-ops';
import { addEvidence } from './draft-ops';
import { useDraft } from './draft-store';
import { EntityPicker, newEntity, type EntityDraft } from './entity-picker';
import { useEditorTexts } from './use-editor-texts';

export interface Pending {
  source: string;
  span: Span;
}

// Voice and modality start unset: each is a claim about the passage, so the author makes it.
type Fields = Omit<
  EvidenceInput,
  'source' | 'span' | 'from' | 'to' | 'terms' | 'speaker' | 'voice' | 'modality'
> & {
  voice: EvidenceInput['voice'] | '';
  modality: EvidenceInput['modality'] | '';
  terms: string;
  speaker: NonNullable<EvidenceInput['speaker']>;
};

const choice = (e: EntityDraft): EvidenceInput['from'] =>
  e.id ? { id: e.id } : { create: e.create };

export function EvidenceForm({
  pkg,
  pending,
  onDone,
}: {
  pkg: MapPackage;
  pending: Pending;
  onDone: () => void;
}) {
  const t = useEditorTexts();
  const app = useT();
  const id = useId();
  const noFocal = !pkg.nodes.some((n) => n.focal);
  const [from, setFrom] = useState(() => newEntity(noFocal));
  const [to, setTo] = useState(() => newEntity(false));
  const [f, setF] = useState<Fields>({
    relation: RELATIONS[0],
    summary: '',
    stance: 'supports',
    voice: '',
    modality: '',
    terms: '',
    note: '',
    speaker: { name: '', role: '', mode: 'quoted' },
  });
  const set = (patch: Partial<Fields>) => setF((s) => ({ ...s, ...patch }));
  const text = pkg.sources.find((s) => s.id === pending.source)?.text ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!f.voice || !f.modality) return; // the fields are required: the browser says so
    const input: EvidenceInput = {
      ...f,
      voice: f.voice,
      modality: f.modality,
      ...pending,
      from: choice(from),
      to: choice(to),
      terms: f.terms.split(','),
      speaker: f.speaker.name.trim() ? f.speaker : null,
    };
    useDraft.getState().change((draft) => addEvidence(draft, input));
    onDone();
  };

  const select = <K extends 'relation' | 'voice' | 'modality'>(
    key: K,
    label: string,
    options: readonly Fields[K][],
    name: (o: Fields[K]) => string,
  ) => (
    <div className="editor-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        required
        value={f[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        {key === 'relation' ? null : <option value="">{t.choose}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="editor-form editor-evidence" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.evidence}</h3>
      <figure>
        <figcaption>{t.selected}</figcaption>
        <blockquote>{text.slice(pending.span.start, pending.span.end)}</blockquote>
      </figure>
      <EntityPicker legend={t.first} nodes={pkg.nodes} value={from} onChange={setFrom} />
      <EntityPicker legend={t.second} nodes={pkg.nodes} value={to} onChange={setTo} />
      {select('relation', t.relation, RELATIONS, (r) => app.relation[r])}
      <div className="editor-field">
        <label htmlFor={`${id}-summary`}>{t.summary}</label>
        <textarea
          id={`${id}-summary`}
          rows={2}
          value={f.summary}
          onChange={(e) => set({ summary: e.target.value })}
        />
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-terms`}>{t.terms}</label>
        <input
          id={`${id}-terms`}
          value={f.terms}
          onChange={(e) => set({ terms: e.target.value })}
        />
      </div>
      <fieldset className="editor-fieldset">
        <legend>{t.stance}</legend>
        {(['supports', 'qualifies'] as const).map((s) => (
          <label className="editor-check" key={s}>
            <input
              type="radio"
              name={`${id}-stance`}
              checked={f.stance === s}
              onChange={() => set({ stance: s })}
            />
            {t[s]}
          </label>
        ))}
      </fieldset>
      {select('voice', t.voice, VOICES, (v) => (v ? app.honesty.voice[v] : ''))}
      {select('modality', t.modality, MODALITIES, (m) => (m ? app.honesty.modality[m] : ''))}
      <fieldset className="editor-fieldset">
        <legend>{t.speaker}</legend>
        <label htmlFor={`${id}-sname`}>{t.name}</label>
        <input
          id={`${id}-sname`}
          value={f.speaker.name}
          onChange={(e) => set({ speaker: { ...f.speaker, name: e.target.value } })}
        />
        <label htmlFor={`${id}-srole`}>{t.speakerRole}</label>
        <input
          id={`${id}-srole`}
          value={f.speaker.role}
          onChange={(e) => set({ speaker: { ...f.speaker, role: e.target.value } })}
        />
        <label htmlFor={`${id}-smode`}>{t.speakerMode}</label>
        <select
          id={`${id}-smode`}
          value={f.speaker.mode}
          onChange={(e) =>
            set({ speaker: { ...f.speaker, mode: e.target.value as 'quoted' | 'reported' } })
          }
        >
          <option value="quoted">{t.quoted}</option>
          <option value="reported">{t.reported}</option>
        </select>
      </fieldset>
      <div className="editor-field">
        <label htmlFor={`${id}-note`}>{t.note}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={f.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
      <div className="editor-actions">
        <button type="submit" className="button-primary">
          {t.addEvidence}
        </button>
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
