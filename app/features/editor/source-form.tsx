// Adding a source: pasted or opened from a file, with only the metadata the author types.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { addSource, type SourceInput } from './draft-ops';
import { useDraft } from './draft-store';
import { readSourceFile } from './package-files';
import { useEditorTexts } from './use-editor-texts';

const EMPTY: SourceInput = {
  text: '',
  label: '',
  genre: '',
  title: '',
  author: '',
  outlet: '',
  date: '',
  url: '',
  speakersCheckable: false,
};

const STATED = ['title', 'author', 'outlet', 'date', 'url'] as const;

export function SourceForm() {
  const t = useEditorTexts();
  const id = useId();
  const [input, setInput] = useState(EMPTY);
  const [note, setNote] = useState('');
  const set = (patch: Partial<SourceInput>) => setInput((s) => ({ ...s, ...patch }));
  // Text typed here and not yet added is unsaved work: leaving the page asks first.
  const typing = Object.values(input).some((v) => typeof v === 'string' && v.trim() !== '');
  useEffect(() => {
    useDraft.getState().setTyping(typing);
    return () => useDraft.getState().setTyping(false);
  }, [typing]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!input.text.trim()) return;
    useDraft.getState().change((pkg) => addSource(pkg, input));
    setInput(EMPTY);
    setNote('');
  };

  return (
    <form className="editor-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.addSource}</h3>
      <label htmlFor={`${id}-text`}>{t.sourceText}</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        required
        value={input.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <label htmlFor={`${id}-file`}>{t.openText}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          void readSourceFile(file).then((read) => {
            if (!read) return setNote(t.refused.tooLarge);
            set({ text: read.text, label: input.label || file.name.replace(/\.\w+$/, '') });
            setNote(read.html ? t.htmlReduced : '');
          });
        }}
      />
      {note ? <p role="status">{note}</p> : null}
      <p className="editor-hint" id={`${id}-hint`}>
        {t.notStatedHint}
      </p>
      {STATED.map((field) => (
        <div className="editor-field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t[field]}</label>
          <input
            id={`${id}-${field}`}
            type={field === 'url' ? 'url' : 'text'}
            aria-describedby={`${id}-hint`}
            value={input[field]}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        </div>
      ))}
      <div className="editor-field">
        <label htmlFor={`${id}-label`}>{t.label}</label>
        <input
          id={`${id}-label`}
          required
          value={input.label}
          onChange={(e) => set({ label: e.target.value })}
        />
      </div>
      <div className="editor-field">
        <label htmlFor={`${id}-genre`}>{t.genre}</label>
        <input
          id={`${id}-genre`}
          required
          value={input.genre}
          onChange={(e) => set({ genre: e.target.value })}
        />
      </div>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={input.speakersCheckable}
          onChange={(e) => set({ speakersCheckable: e.target.checked })}
        />
        {t.checkable}
      </label>
      <button type="submit" className="button-primary">
        {t.add}
      </button>
    </form>
  );
}
