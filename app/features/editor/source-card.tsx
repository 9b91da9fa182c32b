// One source in the editor: its metadata as typed ("not stated" otherwise), its provenance,
// and its text in a read-only field where a passage is selected (with the mouse, or with
// Shift and the arrow keys) and used as evidence.
import { useId, useRef, useState } from 'react';
import { useT } from '@/i18n/catalogue';
import type { Span } from '@/lib/open-data/anchor';
import type { PackageProblem, PackageSource } from '@/model/map-package';
import { reanchorSource } from '@/model/package-graph';
import { reliabilityOf } from '@/model/strength';
import { removeSource } from './draft-ops';
import { useDraft } from './draft-store';
import { ProblemList } from './problem-list';
import { useEditorTexts } from './use-editor-texts';

const STATED = ['title', 'author', 'outlet', 'date'] as const;

export function SourceCard({
  source,
  index,
  problems,
  onUse,
}: {
  source: PackageSource;
  index: number;
  problems: readonly PackageProblem[];
  onUse: (span: Span) => void;
}) {
  const t = useEditorTexts();
  const app = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [hint, setHint] = useState('');
  const [repasting, setRepasting] = useState(false);
  const [version, setVersion] = useState('');

  const use = () => {
    const el = textRef.current;
    if (!el || el.selectionStart === el.selectionEnd) return setHint(t.selectFirst);
    // Trim the selection to its words: a quote starts and ends on text, not on a space.
    let [start, end] = [el.selectionStart, el.selectionEnd];
    while (start < end && /\s/.test(source.text[start]!)) start++;
    while (end > start && /\s/.test(source.text[end - 1]!)) end--;
    if (start === end) return setHint(t.selectFirst);
    setHint('');
    onUse({ start, end });
  };

  const applyVersion = () => {
    const { pkg, moved, lost } = reanchorSource(
      useDraft.getState().history.present,
      source.id,
      version,
    );
    useDraft.getState().change(() => pkg);
    useDraft.getState().say({ kind: lost ? 'error' : 'info', text: t.reanchored(moved, lost) });
    setRepasting(false);
  };

  return (
    <article className="editor-card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{source.label}</h4>
      <dl className="editor-meta">
        {STATED.map((field) => (
          <div key={field}>
            <dt>{t[field]}</dt>
            <dd>{source[field] ?? <em>{t.notStated}</em>}</dd>
          </div>
        ))}
        {source.url ? (
          <div>
            <dt>{t.url}</dt>
            <dd>{source.url}</dd>
          </div>
        ) : null}
        <div>
          <dt>{app.honesty.provenance}</dt>
          <dd>{app.honesty.reliability[reliabilityOf(source)]}</dd>
        </div>
      </dl>
      <ProblemList problems={problems} prefix={`map: sources[${index}]`} />
      <label htmlFor={`${id}-text`}>{t.textOf(source.label)}</label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        className="editor-source-text"
        readOnly
        rows={8}
        value={source.text}
      />
      <div className="editor-actions">
        <button type="button" className="button-primary" onClick={use}>
          {t.useAsEvidence}
        </button>
        <button
          type="button"
          onClick={() => (setVersion(source.text), setRepasting((r) => !r))}
          aria-expanded={repasting}
        >
          {t.repaste}
        </button>
        <button
          type="button"
          onClick={() => useDraft.getState().change((pkg) => removeSource(pkg, source.id))}
        >
          {t.removeSource(source.label)}
        </button>
      </div>
      {hint ? <p role="status">{hint}</p> : null}
      {repasting ? (
        <div className="editor-form">
          <label htmlFor={`${id}-v`}>{t.newVersion(source.label)}</label>
          <textarea
            id={`${id}-v`}
            rows={6}
            value={version}
            onChange={(e) => setVersion(e.target.value)}
          />
          <div className="editor-actions">
            <button type="button" className="button-primary" onClick={applyVersion}>
              {t.applyVersion}
            </button>
            <button type="button" onClick={() => setRepasting(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
