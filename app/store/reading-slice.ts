// UI state for reading the evidence: the open source text, the table view and the filters.
// The shareable parts (source, table, filters) are written to the URL by use-url-sync.ts.
import type { StateCreator } from 'zustand';
import { NO_FILTERS } from '@/model/filters';
import { replacingHistory } from './history';
import type { ReadingSlice, UiState } from './state';
import { withNotice } from './view-slice';

export const createReadingSlice: StateCreator<UiState, [], [], ReadingSlice> = (set) => ({
  sourceOpen: null,
  sourceHighlight: null,
  tableOpen: false,
  filters: NO_FILTERS,
  openSource: (id, highlight = null) => set({ sourceOpen: id, sourceHighlight: highlight }),
  dropSource: (notice) =>
    replacingHistory(() =>
      set((s) => ({ ...withNotice(s, notice), sourceOpen: null, sourceHighlight: null })),
    ),
  setTableOpen: (open) => set({ tableOpen: open }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
});
