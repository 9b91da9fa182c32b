// How the page looks and speaks: theme, embed mode, interface language, and polite notices.
import type { StateCreator } from 'zustand';
import { sameMessage, type Notice } from '@/i18n/message';
import type { UiState, ViewSlice } from './state';

/** The notices with `notice` added, unless the same one is already shown. */
export function withNotice(s: Pick<UiState, 'notices'>, notice: Notice): Pick<UiState, 'notices'> {
  return s.notices.some((n) => sameMessage(n, notice)) ? s : { notices: [...s.notices, notice] };
}

export const createViewSlice: StateCreator<UiState, [], [], ViewSlice> = (set) => ({
  theme: null,
  embed: false,
  lang: 'en',
  langChosen: false,
  notices: [],
  setTheme: (theme) => set({ theme }),
  setEmbed: (embed) => set({ embed }),
  setLang: (lang, chosen) => set({ lang, langChosen: chosen }),
  notify: (notice) => set((s) => withNotice(s, notice)),
  dismissNotice: (notice) =>
    set((s) => ({ notices: s.notices.filter((n) => !sameMessage(n, notice)) })),
});
