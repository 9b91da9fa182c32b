// The one UI store, composed of small slices (each in its own file, the state's shape in
// state.ts) and changed only through their actions. The URL is a view of its shareable part
// (see use-url-sync.ts).
import { create } from 'zustand';
import { createHoverSlice } from './hover-slice';
import { createLocationSlice } from './location-slice';
import { createReadingSlice } from './reading-slice';
import { createSelectionSlice } from './selection-slice';
import type { UiState } from './state';
import { createTourSlice } from './tour-slice';
import { createViewSlice } from './view-slice';

export const createUiStore = () =>
  create<UiState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createHoverSlice(...a),
    ...createViewSlice(...a),
    ...createTourSlice(...a),
    ...createReadingSlice(...a),
    ...createLocationSlice(...a),
  }));

export const useUi = createUiStore();
