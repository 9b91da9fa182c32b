// The one URL subscriber: the query string is a view of the store's shareable state, kept in
// step both ways through the codec table (url-codec.ts). A change pushes a history entry when a
// parameter the table marks "push" changed (a selection, an opened source) and the change was
// not made inside replacingHistory() (reading the URL, a tour step, a correction); otherwise it
// replaces the current entry, so Back is not flooded.
import { useEffect } from 'react';
import { preferredLang } from '@/i18n/langs';
import { isReplacingHistory } from './history';
import type { UiState } from './state';
import { useUi } from './store';
import { parseUrl, pushes, writeUrl, type UrlState } from './url-codec';

/** The store's shareable state, as the URL carries it. */
export function urlStateOf(s: UiState): UrlState {
  return {
    select: s.selection,
    theme: s.theme,
    embed: s.embed,
    tour: s.tour,
    present: s.presenting,
    source: s.sourceOpen,
    table: s.tableOpen,
    filters: s.filters,
    lang: s.langChosen ? s.lang : null,
    edit: s.editing,
    data: s.packageUrl,
  };
}

/** Called once before the first render, and on Back/Forward. Resolves when the interface
 *  language the link (or else the browser) asks for is loaded. */
export function readLocation(): Promise<void> {
  const { state, notices } = parseUrl(window.location.search);
  const ui = useUi.getState();
  ui.applyUrl(state, notices);
  return ui.chooseLang(state.lang ?? preferredLang(navigator.languages), state.lang !== null);
}

function write(state: UrlState, push: boolean) {
  const search = writeUrl(window.location.search, state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function useUrlSync() {
  useEffect(() => {
    // Once on load: a link's malformed values are rewritten to what is shown.
    write(urlStateOf(useUi.getState()), false);
    const unsubscribe = useUi.subscribe((s, prev) => {
      const next = urlStateOf(s);
      const before = urlStateOf(prev);
      const keys = Object.keys(next) as (keyof UrlState)[];
      if (keys.every((k) => next[k] === before[k])) return;
      write(next, !isReplacingHistory() && pushes(before, next));
    });
    const onPop = () => void readLocation();
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
