// Classroom state: the running tour and its step, presentation mode, and the blanked screen.
// The tour's content is server state (react-query); only which tour and where we are lives here.
import type { StateCreator } from 'zustand';
import type { UiState } from './store';

/** The tour the "Start tour" and "Present" buttons open (an id in data/tours.json). */
export const DEFAULT_TOUR_ID = 'classroom';

export interface TourSlice {
  /** The open tour and its 1-based step, as `?tour=<id>&step=<n>` carries them. */
  tour: { id: string; step: number } | null;
  /** Large type and fullscreen for a projector. */
  presenting: boolean;
  /** The screen is blanked (B or .), as with a presenter's clicker. */
  blanked: boolean;
  startTour: (id: string, step?: number) => void;
  setStep: (step: number) => void;
  endTour: () => void;
  setPresenting: (presenting: boolean) => void;
  setBlanked: (blanked: boolean) => void;
}

export const createTourSlice: StateCreator<UiState, [], [], TourSlice> = (set) => ({
  tour: null,
  presenting: false,
  blanked: false,
  startTour: (id, step = 1) => set({ tour: { id, step } }),
  setStep: (step) =>
    set((s) => (s.tour && s.tour.step !== step ? { tour: { id: s.tour.id, step } } : s)),
  endTour: () => set({ tour: null, blanked: false }),
  setPresenting: (presenting) => set({ presenting, blanked: false }),
  setBlanked: (blanked) => set({ blanked }),
});
