// Keeps the map on the draft: every change is written into the react-query cache under the
// graph's, tours' and texts' keys (package-api.ts), so the features beside the editor re-render
// from it as they would from the shipped data. Also autosaves to IndexedDB, a moment after the
// last change, with a visible unsaved/saved state; a save another tab made in between is never
// overwritten (draft-db.ts): this tab says so and waits for the author's choice.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { graphQueryOptions } from '@/model/graph-api';
import { seedPackage } from '@/model/package-api';
import { DraftConflict, saveAtOnce, saveCurrent } from './draft-db';
import { useDraft } from './draft-store';
import { announceSaved, onSavedElsewhere } from './draft-sync';
import { useEditorTexts } from './use-editor-texts';

const SAVE_AFTER_MS = 400;

/** Saves the draft now; resolves once it is stored (or refused). */
export function saveNow(): Promise<void> {
  const { history, rev, setSave, save } = useDraft.getState();
  if (save === 'conflict') return Promise.resolve();
  return saveCurrent(history, rev).then(
    (next) => {
      // Saved what is still the draft: it is safe (a later change has its own save coming).
      if (useDraft.getState().history.present === history.present) setSave('saved', next);
      else useDraft.setState({ rev: next });
      announceSaved(next);
    },
    (error: unknown) => setSave(error instanceof DraftConflict ? 'conflict' : 'failed'),
  );
}

export function useDraftFeed() {
  const client = useQueryClient();
  const present = useDraft((s) => s.history.present);
  const setSave = useDraft((s) => s.setSave);
  const loaded = useRef(present);
  const t = useEditorTexts();

  useEffect(() => {
    client.setQueryData(graphQueryOptions().queryKey, seedPackage(client, present));
  }, [client, present]);

  // Another tab saved: this one is told at once, and saves nothing over it.
  useEffect(
    () =>
      onSavedElsewhere((rev) => {
        if (rev !== useDraft.getState().rev) setSave('conflict');
      }),
    [setSave],
  );

  useEffect(() => {
    // The draft the session started on is already saved.
    if (present === loaded.current) return;
    if (useDraft.getState().save !== 'conflict') setSave('unsaved');
    const stop = () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
    };
    const save = () => {
      stop();
      void saveNow();
    };
    // Leaving before the pause: written at once, in the pagehide task itself (draft-db.ts).
    const leave = () => {
      stop();
      const { history, rev, save: state } = useDraft.getState();
      if (state !== 'conflict' && saveAtOnce(history, rev)) announceSaved(rev + 1);
    };
    const timer = setTimeout(save, SAVE_AFTER_MS);
    window.addEventListener('pagehide', leave);
    return stop;
  }, [present, setSave]);

  // While something typed is not saved yet, leaving the page asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      const { save, typing } = useDraft.getState();
      if (save === 'saved' && !typing) return;
      e.preventDefault();
      e.returnValue = t.leaveWarning;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [t]);
}
