// The hovered or focused map element (an id or an edge key), which the map emphasises.
import type { StateCreator } from 'zustand';
import type { HoverSlice, UiState } from './state';

export const createHoverSlice: StateCreator<UiState, [], [], HoverSlice> = (set) => ({
  hovered: null,
  hover: (id) => set({ hovered: id }),
});
