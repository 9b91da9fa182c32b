// Before the first render, when the link asks for another map than the shipped one: a map
// package (?data=, fetched from this site only) or the editor's draft (?edit, from IndexedDB).
// Sets where the graph query loads from, so the map, panel, table, search, tours and handout
// all work on it through the same react-query cache as on the shipped data.
import type { QueryClient } from '@tanstack/react-query';
import { editorEn } from '@/i18n/editor-en';
import { resolvePackageUrl } from '@/lib/package-url';
import { DataError, graphQueryOptions, setGraphSource } from '@/model/graph-api';
import { getPackage, seedPackage } from '@/model/package-api';
import { loadDraft, saveDraft } from './draft-db';
import { startDraft, useDraft } from './draft-store';

export async function boot(client: QueryClient, edit: boolean, data: string | null) {
  const url = resolvePackageUrl(data, window.location.href);
  if (url.refused) {
    // Worded in the details (the editor's texts, loaded with this chunk), so the first view's
    // catalogue carries nothing for it.
    const refusal = new DataError({ key: 'unknown' }, [editorEn.dataOrigin(data ?? '')]);
    setGraphSource(() => Promise.reject(refusal));
  } else if (edit) {
    const [current, previous] = await Promise.all([loadDraft('current'), loadDraft('previous')]);
    if (current) startDraft(current, previous);
    else useDraft.getState().setPrevious(previous);
    if (url.url) {
      // A package opened into the editor replaces the draft; the draft is kept as previous.
      const href = url.url.href;
      setGraphSource(async () => {
        const pkg = await getPackage(href);
        const { history } = useDraft.getState();
        if (history.present.sources.length) await saveDraft('previous', history.present);
        useDraft.getState().replace(pkg);
        return seedPackage(client, pkg);
      });
    } else {
      setGraphSource(async () => seedPackage(client, useDraft.getState().history.present));
    }
  } else if (url.url) {
    const href = url.url.href;
    setGraphSource(async () => seedPackage(client, await getPackage(href)));
  }
  await client.prefetchQuery(graphQueryOptions());
}
