// Before the first render, when the link asks for another map than the shipped one: a map
// package (?data=, fetched from this site only) or the editor's draft (?edit, from IndexedDB).
// Returns where the graph query loads from (main.tsx sets it), so the map, panel, table,
// search, tours and handout all work on it through the same react-query cache as on the
// shipped data.
import type { QueryClient } from '@tanstack/react-query';
import { editorEn } from '@/i18n/editor-en';
import { resolvePackageUrl } from '@/lib/package-url';
import { DataError, getGraph, setGraphSource } from '@/model/graph-api';
import { emptyPackage, type MapPackage } from '@/model/map-package';
import { getPackage, seedPackage } from '@/model/package-api';
import type { GraphData } from '@/model/schema';
import { useUi } from '@/store/store';
import { keepBroken, keepVersion, loadStored } from './draft-db';
import { startDraft, useDraft } from './draft-store';

type Load = () => Promise<GraphData>;

export async function boot(client: QueryClient, edit: boolean, data: string | null): Promise<Load> {
  const url = resolvePackageUrl(data, window.location.href);
  if (url.refused) {
    // Worded in the details (the editor's texts, loaded with this chunk), so the first view's
    // catalogue carries nothing for it.
    const refusal = new DataError({ key: 'unknown' }, [editorEn.dataOrigin(data ?? '')]);
    return () => Promise.reject(refusal);
  }
  const href = url.url?.href;
  if (!edit) return href ? async () => seedPackage(client, await getPackage(href)) : getGraph;
  const stored = await loadStored().catch(() => null);
  if (stored) startDraft(stored);
  if (stored?.broken) brokenDraft(stored.broken);
  const draft = async () => seedDraft(client);
  if (!href) return draft;
  return async () => {
    // Refused or unreachable, the package fails the load (its refusal shown, with Try again),
    // and the draft is untouched.
    const pkg = await getPackage(href);
    openOnce(pkg);
    setGraphSource(draft);
    return draft();
  };
}

const isEmpty = (p: MapPackage) => !p.sources.length && !p.nodes.length && !p.edges.length;

/**
 * A package the link names replaces the draft once: asked first when the draft has work in it
 * (the draft is then kept as a previous version), and the link then leaves the URL, so a reload
 * reopens the draft rather than the package over it.
 */
function openOnce(pkg: MapPackage) {
  const { history, replace, say } = useDraft.getState();
  // The link's package is done with. `data` is link-only (url-codec.ts never writes it), so it
  // leaves the URL here, and the store with it.
  useUi.setState({ packageUrl: null });
  const link = new URL(window.location.href);
  link.searchParams.delete('data');
  window.history.replaceState(window.history.state, '', link);
  if (!isEmpty(history.present) && !window.confirm(editorEn.replaceDraft)) {
    say({ kind: 'info', text: editorEn.keptDraft });
    return;
  }
  void keepVersion(history.present).catch(() => undefined);
  replace(pkg);
  say({ kind: 'info', text: editorEn.openedLink });
}

/** The draft as a map; a draft that cannot be drawn is kept aside like one that does not read. */
function seedDraft(client: QueryClient): GraphData {
  try {
    return seedPackage(client, useDraft.getState().history.present);
  } catch {
    const text = JSON.stringify(useDraft.getState().history.present);
    void keepBroken(text).catch(() => undefined);
    const { previous, rev } = useDraft.getState();
    startDraft({
      current: null,
      broken: text,
      rev,
      history: previous ? [previous] : [],
      undo: null,
    });
    brokenDraft(text);
    return seedPackage(client, emptyPackage());
  }
}

function brokenDraft(text: string) {
  useDraft.getState().say({ kind: 'error', text: editorEn.brokenDraft, broken: text });
}
