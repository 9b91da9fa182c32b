// Keeps the query string and the store in step, both ways. Selection changes push a history
// entry (Back returns to the previous selection); theme changes replace the current one.
import { useEffect } from 'react';
import { switchLang } from '@/i18n/catalogue';
import { preferredLang } from '@/i18n/langs';
import { parseLangUrl, writeLangUrl } from '@/lib/lang-url';
import { parseReadingUrl, writeReadingUrl } from '@/lib/reading-url';
import { parseUrl, writeUrl } from '@/lib/url-state';
import { selectionFromIds, selectionIds } from '@/model/selection';
import { isReplacingHistory, replacingHistory } from './history';
import { useUi } from './store';
import { readTourLocation } from './use-tour-url-sync';

/** Called once before the first render, and on Back/Forward. Resolves when the interface
 *  language the link (or else the browser) asks for is loaded. */
export function readLocation(): Promise<void> {
  const { state, notices } = parseUrl(window.location.search);
  const ui = useUi.getState();
  replacingHistory(() => ui.select(state.select && selectionFromIds(state.select)));
  ui.setTheme(state.theme);
  ui.setEmbed(state.embed);
  notices.forEach(ui.notify);
  readTourLocation();
  const reading = parseReadingUrl(window.location.search);
  if (reading.state.source !== ui.sourceOpen) ui.openSource(reading.state.source);
  ui.setTableOpen(reading.state.table);
  ui.setFilters(reading.state.filters);
  reading.notices.forEach(ui.notify);
  const lang = parseLangUrl(window.location.search);
  lang.notices.forEach(ui.notify);
  return switchLang(lang.lang ?? preferredLang(navigator.languages), lang.lang !== null);
}

export function useUrlSync() {
  useEffect(() => {
    const unsubscribe = useUi.subscribe((s, prev) => {
      const readingChanged =
        s.sourceOpen !== prev.sourceOpen ||
        s.tableOpen !== prev.tableOpen ||
        s.filters !== prev.filters;
      const langChanged = s.lang !== prev.lang || s.langChosen !== prev.langChosen;
      if (
        s.selection === prev.selection &&
        s.theme === prev.theme &&
        !readingChanged &&
        !langChanged
      )
        return;
      const written = new URLSearchParams(
        writeUrl(window.location.search, {
          select: s.selection && selectionIds(s.selection),
          theme: s.theme,
        }),
      );
      writeReadingUrl(written, { source: s.sourceOpen, table: s.tableOpen, filters: s.filters });
      writeLangUrl(written, s.langChosen ? s.lang : null);
      const query = written.toString().replace(/%2C/g, ',');
      const search = query ? `?${query}` : '';
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const opened = s.sourceOpen !== prev.sourceOpen;
      if ((!isReplacingHistory() && s.selection !== prev.selection) || opened) {
        window.history.pushState(null, '', url);
      } else {
        window.history.replaceState(null, '', url);
      }
    });
    const onPop = () => void readLocation();
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
