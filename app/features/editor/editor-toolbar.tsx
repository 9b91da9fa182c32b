// Undo and redo, the saved state, and the package: export, open, start again, restore.
import { useRef } from 'react';
import { ErrorDetails } from '@/lib/error-details';
import { emptyPackage, type PackageProblem } from '@/model/map-package';
import { readPackage } from '@/model/package-api';
import { dropNewestVersion, keepVersion, saveOver } from './draft-db';
import { announceSaved } from './draft-sync';
import { useDraft } from './draft-store';
import { downloadPackage, downloadText, readText } from './package-files';
import { useEditorTexts } from './use-editor-texts';

export function EditorToolbar({ problems }: { problems: readonly PackageProblem[] }) {
  const t = useEditorTexts();
  const canUndo = useDraft((s) => s.history.past.length > 0);
  const canRedo = useDraft((s) => s.history.future.length > 0);
  const save = useDraft((s) => s.save);
  const previous = useDraft((s) => s.previous);
  const message = useDraft((s) => s.message);
  const { undo, redo, say } = useDraft.getState();
  const fileInput = useRef<HTMLInputElement>(null);

  /** The whole draft changes; the one it replaces is kept as the previous version first. */
  const replaceWith = async (next: ReturnType<typeof emptyPackage>) => {
    const current = useDraft.getState().history.present;
    // Kept unless empty: a new map started twice does not push real work out of the history.
    const kept = await keepVersion(current).catch(() => null);
    useDraft.getState().replace(next);
    if (kept) useDraft.getState().setPrevious(kept[0] ?? null);
  };

  /** Another tab saved: take its version (keeping this one), or save this one over it. */
  const loadTheirs = async () => {
    await keepVersion(useDraft.getState().history.present).catch(() => undefined);
    useDraft.getState().setSave('saved');
    location.reload();
  };
  const saveMine = async () => {
    const rev = await saveOver(useDraft.getState().history).catch(() => null);
    if (rev === null) return useDraft.getState().setSave('failed');
    useDraft.getState().setSave('saved', rev);
    announceSaved(rev);
    say({ kind: 'info', text: t.savedOver });
  };

  const open = async (file: File) => {
    const body = await readText(file).catch(() => undefined);
    if (body === undefined) return say({ kind: 'error', text: t.refused.read });
    if (body === null) return say({ kind: 'error', text: t.refused.tooLarge });
    const read = readPackage(body, false);
    if (!read.ok) {
      const details = read.details.slice(0, 8);
      return say({ kind: 'error', text: t.refused[read.reason], details });
    }
    await replaceWith(read.data);
    say({ kind: 'info', text: t.opened(file.name) });
  };

  return (
    <div className="editor-toolbar">
      <div className="editor-toolbar-row">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          {t.undo}
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t.redo}
        </button>
        <p className={`editor-save editor-save--${save}`} role="status">
          {save === 'saved' ? t.saved : save === 'failed' ? t.saveFailed : t.unsaved}
        </p>
      </div>
      {save === 'conflict' ? (
        <div className="editor-message editor-message--error" role="alert">
          <p>{t.conflict}</p>
          <button type="button" onClick={() => void loadTheirs()}>
            {t.loadTheirs}
          </button>{' '}
          <button type="button" onClick={() => void saveMine()}>
            {t.saveMine}
          </button>
        </div>
      ) : null}
      <div className="editor-toolbar-row">
        <button
          type="button"
          onClick={() => {
            downloadPackage(useDraft.getState().history.present);
            say({ kind: 'info', text: t.exported(problems.length) });
          }}
        >
          {t.exportPackage}
        </button>
        <label className="editor-file-button">
          {t.openPackage}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void open(file);
            }}
          />
        </label>
        <button type="button" onClick={() => void replaceWith(emptyPackage())}>
          {t.newMap}
        </button>
        {previous ? (
          <button
            type="button"
            onClick={() => {
              void dropNewestVersion()
                .catch(() => undefined)
                .then(() => replaceWith(previous));
              say({ kind: 'info', text: t.restored });
            }}
          >
            {t.restorePrevious}
          </button>
        ) : null}
      </div>
      {message ? (
        <div
          className={`editor-message editor-message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          <ErrorDetails details={message.details ?? []} />
          {message.broken !== undefined ? (
            <button
              type="button"
              onClick={() => downloadText(message.broken ?? '', 'unreadable-draft.json')}
            >
              {t.downloadBroken}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
