// UI state only (the curated data lives in react-query). One store, small slices, changed
// only through actions. The URL is a view of the shareable part (see use-url-sync.ts).
import { create, type StateCreator } from 'zustand';
import type { Lang } from '@/i18n/langs';
import { sameMessage, type Notice } from '@/i18n/message';
import type { Theme } from '@/lib/url-state';
import { createTourSlice, type TourSlice } from './tour-slice';
import { createReadingSlice, type ReadingSlice } from './reading-slice';

export interface SelectionSlice {
  /** One id (node) or two (edge), exactly as the URL carries it. */
  selection: string[] | null;
  /** How the latest change should reach history: a new entry, or a replacement. */
  historyMode: 'push' | 'replace';
  select: (ids: string[] | null, mode?: 'push' | 'replace') => void;
}

export interface HoverSlice {
  hovered: string | null;
  hover: (id: string | null) => void;
}

export interface ViewSlice {
  theme: Theme | null;
  embed: boolean;
  /** The interface language; switch through i18n/catalogue.ts (switchLang), which loads it first. */
  lang: Lang;
  /** Chosen by a link or the menu (then written to the URL), rather than the browser's default. */
  langChosen: boolean;
  notices: Notice[];
  setTheme: (theme: Theme | null) => void;
  setEmbed: (embed: boolean) => void;
  setLang: (lang: Lang, chosen: boolean) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (notice: Notice) => void;
}

export type UiState = SelectionSlice & HoverSlice & ViewSlice & TourSlice & ReadingSlice;

export const createSelectionSlice: StateCreator<UiState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  historyMode: 'replace',
  select: (ids, mode = 'push') =>
    set((s) =>
      sameIds(s.selection, ids)
        ? s
        : { selection: ids && ids.length ? ids : null, historyMode: mode },
    ),
});

export const createHoverSlice: StateCreator<UiState, [], [], HoverSlice> = (set) => ({
  hovered: null,
  hover: (id) => set({ hovered: id }),
});

export const createViewSlice: StateCreator<UiState, [], [], ViewSlice> = (set) => ({
  theme: null,
  embed: false,
  lang: 'en',
  langChosen: false,
  notices: [],
  setTheme: (theme) => set({ theme }),
  setEmbed: (embed) => set({ embed }),
  setLang: (lang, chosen) => set({ lang, langChosen: chosen }),
  notify: (notice) =>
    set((s) =>
      s.notices.some((n) => sameMessage(n, notice)) ? s : { notices: [...s.notices, notice] },
    ),
  dismissNotice: (notice) =>
    set((s) => ({ notices: s.notices.filter((n) => !sameMessage(n, notice)) })),
});

export const createUiStore = () =>
  create<UiState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createHoverSlice(...a),
    ...createViewSlice(...a),
    ...createTourSlice(...a),
    ...createReadingSlice(...a),
  }));

export const useUi = createUiStore();

function sameIds(a: string[] | null, b: string[] | null): boolean {
  if (!a || !b) return a === b || (!a?.length && !b?.length);
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
