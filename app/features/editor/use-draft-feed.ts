// Keeps the map on the draft: every change is written into the react-query cache under the
// graph's, tours' and texts' keys (package-api.ts), so the features beside the editor re-render
// from it as they would from the shipped data. Also autosaves to IndexedDB, a moment after the
// last change, with a visible unsaved/saved state.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { graphQueryOptions } from '@/model/graph-api';
import { seedPackage } from '@/model/package-api';
import { saveDraft } from './draft-db';
import { useDraft } from './draft-store';

const SAVE_AFTER_MS = 400;

export function useDraftFeed() {
  const client = useQueryClient();
  const present = useDraft((s) => s.history.present);
  const setSave = useDraft((s) => s.setSave);
  const loaded = useRef(present);

  useEffect(() => {
    client.setQueryData(graphQueryOptions().queryKey, seedPackage(client, present));
  }, [client, present]);

  useEffect(() => {
    // The draft the session started on is already saved.
    if (present === loaded.current) return;
    setSave('unsaved');
    const save = () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', save);
      saveDraft('current', present).then(
        () => setSave('saved'),
        () => setSave('failed'),
      );
    };
    const timer = setTimeout(save, SAVE_AFTER_MS);
    // Leaving before the pause: start the write at once (best effort; the status says when
    // the draft is safe).
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', save);
    };
  }, [present, setSave]);
}
