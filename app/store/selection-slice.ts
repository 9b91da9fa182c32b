// The selection: an entity or a relation, whose evidence the panel shows.
import type { StateCreator } from 'zustand';
import { sameSelection } from '@/model/selection';
import { replacingHistory } from './history';
import type { SelectionSlice, UiState } from './state';
import { withNotice } from './view-slice';

export const createSelectionSlice: StateCreator<UiState, [], [], SelectionSlice> = (set) => {
  const select = (selection: SelectionSlice['selection']) =>
    set((s) => (sameSelection(s.selection, selection) ? s : { selection }));
  return {
    selection: null,
    select,
    showStep: (selection) => replacingHistory(() => select(selection)),
    dropSelection: (notice) =>
      replacingHistory(() => set((s) => ({ ...withNotice(s, notice), selection: null }))),
  };
};
