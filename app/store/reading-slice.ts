// UI state for reading the evidence: the open source text, the table view and the filters.
// The shareable parts (source, table, filters) are written to the URL by use-url-sync.ts.
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '@/model/filters';
import type { UiState } from './store';

export interface ReadingSlice {
  /** The source whose full text is open, or null. */
  sourceOpen: string | null;
  /** The passage to highlight and scroll to in the open source (not part of the URL). */
  sourceHighlight: string | null;
  tableOpen: boolean;
  filters: Filters;
  openSource: (id: string | null, highlight?: string | null) => void;
  setTableOpen: (open: boolean) => void;
  setFilters: (filters: Partial<Filters>) => void;
}

export const createReadingSlice: StateCreator<UiState, [], [], ReadingSlice> = (set) => ({
  sourceOpen: null,
  sourceHighlight: null,
  tableOpen: false,
  filters: NO_FILTERS,
  openSource: (id, highlight = null) => set({ sourceOpen: id, sourceHighlight: highlight }),
  setTableOpen: (open) => set({ tableOpen: open }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
});
