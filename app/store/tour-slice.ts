// Classroom state: the running tour and its step, presentation mode, and the blanked screen.
// The tour's content is server state (react-query); only which tour and where we are lives here.
import type { StateCreator } from 'zustand';
import { enterFullscreen, exitFullscreen } from '@/lib/fullscreen';
import type { TourSlice, UiState } from './state';
import { withNotice } from './view-slice';

/** The tour the "Start tour" and "Present" buttons open (an id in data/tours.json). */
export const DEFAULT_TOUR_ID = 'classroom';

export const createTourSlice: StateCreator<UiState, [], [], TourSlice> = (set, get) => ({
  tour: null,
  presenting: false,
  blanked: false,
  startTour: (id = DEFAULT_TOUR_ID, step = 1) => set({ tour: { id, step } }),
  step: (to, count) =>
    set((s) => {
      const step = Math.min(Math.max(Math.round(to), 1), Math.max(count, 1));
      return s.tour && s.tour.step !== step ? { tour: { id: s.tour.id, step } } : s;
    }),
  checkTour: (count) => {
    const s = get();
    if (!s.tour) {
      if (s.presenting) s.startTour();
    } else if (count === null) {
      set(withNotice(s, { key: 'noSuchTour', args: [s.tour.id] }));
      s.leaveTour();
    } else if (s.tour.step > count) {
      set(withNotice(s, { key: 'stepClamped', args: [count] }));
      s.step(count, count);
    }
  },
  leaveTour: () => {
    exitFullscreen();
    set({ tour: null, presenting: false, blanked: false });
  },
  present: () => {
    enterFullscreen();
    set({ presenting: true, blanked: false });
  },
  togglePresenting: () => {
    const s = get();
    if (s.presenting) {
      exitFullscreen();
      s.setPresenting(false);
    } else s.present();
  },
  setPresenting: (presenting) => set({ presenting, blanked: false }),
  setBlanked: (blanked) => set({ blanked }),
});
