// Reading a link into the store: one update for everything the URL says (see url-codec.ts),
// keeping what is unchanged as it is, so the URL subscriber writes back only real changes.
import type { StateCreator } from 'zustand';
import { sameSelection } from '@/model/selection';
import { replacingHistory } from './history';
import type { LocationSlice, UiState } from './state';
import { withNotice } from './view-slice';

export const createLocationSlice: StateCreator<UiState, [], [], LocationSlice> = (set) => ({
  applyUrl: (url, notices) =>
    replacingHistory(() =>
      set((s) => {
        const sameTour = s.tour?.id === url.tour?.id && s.tour?.step === url.tour?.step;
        const sameSource = s.sourceOpen === url.source;
        const sameFilters = JSON.stringify(s.filters) === JSON.stringify(url.filters);
        return {
          selection: sameSelection(s.selection, url.select) ? s.selection : url.select,
          theme: url.theme,
          embed: url.embed,
          editing: url.edit,
          packageUrl: url.data,
          tour: sameTour ? s.tour : url.tour,
          presenting: url.present,
          blanked: false,
          sourceOpen: url.source,
          sourceHighlight: sameSource ? s.sourceHighlight : null,
          tableOpen: url.table,
          filters: sameFilters ? s.filters : url.filters,
          notices: notices.reduce((all, n) => withNotice({ notices: all }, n).notices, s.notices),
        };
      }),
    ),
});
