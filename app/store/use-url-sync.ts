// Keeps the query string and the store in step, both ways. Selection changes push a history
// entry (Back returns to the previous selection); theme changes replace the current one.
import { useEffect } from 'react';
import { parseUrl, writeUrl } from '@/lib/url-state';
import { useUi } from './store';
import { readTourLocation } from './use-tour-url-sync';

/** Called once before the first render, and on Back/Forward. */
export function readLocation() {
  const { state, notices } = parseUrl(window.location.search);
  const ui = useUi.getState();
  ui.select(state.select, 'replace');
  ui.setTheme(state.theme);
  ui.setEmbed(state.embed);
  notices.forEach(ui.notify);
  readTourLocation();
}

export function useUrlSync() {
  useEffect(() => {
    const unsubscribe = useUi.subscribe((s, prev) => {
      if (s.selection === prev.selection && s.theme === prev.theme) return;
      const search = writeUrl(window.location.search, { select: s.selection, theme: s.theme });
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (s.historyMode === 'push' && s.selection !== prev.selection) {
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
    });
    window.addEventListener('popstate', readLocation);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', readLocation);
    };
  }, []);
}
