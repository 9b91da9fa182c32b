// The tour, its step and presentation mode, kept in step with the query string. Every move
// replaces the history entry: stepping through a lesson must not flood Back (CONTRACT.md).
import { useEffect } from 'react';
import { parseTourUrl, writeTourUrl } from '@/lib/tour-url';
import type { UiState } from './state';
import { useUi } from './store';

/** Called with readLocation: before the first render, and on Back/Forward. */
export function readTourLocation() {
  const { state, notices } = parseTourUrl(window.location.search);
  const ui = useUi.getState();
  if (state.tour) ui.startTour(state.tour.id, state.tour.step);
  else if (ui.tour) useUi.setState({ tour: null, blanked: false });
  ui.setPresenting(state.present);
  notices.forEach(ui.notify);
}

export function useTourUrlSync() {
  useEffect(() => {
    const write = (s: Pick<UiState, 'tour' | 'presenting'>) => {
      const search = writeTourUrl(window.location.search, { tour: s.tour, present: s.presenting });
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(null, '', url);
    };
    // Once on load: a link's malformed step or tour is rewritten to what is shown.
    write(useUi.getState());
    return useUi.subscribe((s, prev) => {
      if (s.tour !== prev.tour || s.presenting !== prev.presenting) write(s);
    });
  }, []);
}
