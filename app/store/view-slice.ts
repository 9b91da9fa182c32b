// How the page looks and speaks: theme, embed mode, interface language, and polite notices.
import type { StateCreator } from 'zustand';
import { loadLang } from '@/i18n/bundles';
import { sameMessage, type Notice } from '@/i18n/message';
import type { UiState, ViewSlice } from './state';

/** The notices with `notice` added, unless the same one is already shown. */
export function withNotice(s: Pick<UiState, 'notices'>, notice: Notice): Pick<UiState, 'notices'> {
  return s.notices.some((n) => sameMessage(n, notice)) ? s : { notices: [...s.notices, notice] };
}

export const createViewSlice: StateCreator<UiState, [], [], ViewSlice> = (set) => ({
  theme: null,
  embed: false,
  editing: false,
  packageUrl: null,
  lang: 'en',
  langChosen: false,
  notices: [],
  setTheme: (theme) => set({ theme }),
  setEmbed: (embed) => set({ embed }),
  chooseLang: async (lang, chosen) => {
    if (await loadLang(lang)) set({ lang, langChosen: chosen });
    else set((s) => withNotice(s, { key: 'langUnavailable' }));
  },
  notify: (notice) => set((s) => withNotice(s, notice)),
  dismissNotice: (notice) =>
    set((s) => ({ notices: s.notices.filter((n) => !sameMessage(n, notice)) })),
});
