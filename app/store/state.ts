// The shape of the UI state, apart from the slices that implement it: each slice imports this
// file only, and store.ts composes them, so no slice imports another (no import cycle).
// UI state only: the curated data is server state (react-query) and never copied here.
import type { Lang } from '@/i18n/langs';
import type { Notice } from '@/i18n/message';
import type { Filters } from '@/model/filters';
import type { Selection } from '@/model/selection';
import type { Theme, UrlState } from './url-codec';

export interface SelectionSlice {
  selection: Selection | null;
  /** A reader's choice: a new history entry (Back returns to the previous selection). */
  select: (selection: Selection | null) => void;
  /** A tour step's selection: replaces the history entry, so stepping does not flood Back. */
  showStep: (selection: Selection | null) => void;
  /** A selection that names nothing in the data: say so, clear it, and replace the entry. */
  dropSelection: (notice: Notice) => void;
}

export interface HoverSlice {
  hovered: string | null;
  hover: (id: string | null) => void;
}

export interface ViewSlice {
  theme: Theme | null;
  embed: boolean;
  /** The editor is open (`?edit`, link-only). */
  editing: boolean;
  /** The map package the link names (`?data=`, as written; checked where it is loaded). */
  packageUrl: string | null;
  /** The interface language; change it with chooseLang, which loads its catalogue first. */
  lang: Lang;
  /** Chosen by a link or the menu (then written to the URL), rather than the browser's default. */
  langChosen: boolean;
  notices: Notice[];
  setTheme: (theme: Theme | null) => void;
  setEmbed: (embed: boolean) => void;
  /** Loads the language's catalogue, then shows it (or, if it cannot load, says so and stays).
   *  `chosen`: by a link or the menu, so the URL carries it. */
  chooseLang: (lang: Lang, chosen: boolean) => Promise<void>;
  notify: (notice: Notice) => void;
  dismissNotice: (notice: Notice) => void;
}

export interface TourSlice {
  /** The open tour and its 1-based step, as `?tour=<id>&step=<n>` carries them. */
  tour: { id: string; step: number } | null;
  /** Large type and fullscreen for a projector. */
  presenting: boolean;
  /** The screen is blanked (B or .), as with a presenter's clicker. */
  blanked: boolean;
  /** Opens a tour (the default one unless named) at a step. */
  startTour: (id?: string, step?: number) => void;
  /** Moves to step `to` of a tour of `count` steps, kept within 1…count. */
  step: (to: number, count: number) => void;
  /** Once the tours are loaded: `count` is the open tour's number of steps, or null when no
   *  tour has its id. Presenting with no tour opens the default one; an unknown tour is left
   *  with a notice; a step past the end moves to the last. */
  checkTour: (count: number | null) => void;
  /** Leaves the tour and presentation mode (and fullscreen), unblanking the screen. */
  leaveTour: () => void;
  /** Presentation mode, asking for fullscreen (call inside the click: browsers want a gesture). */
  present: () => void;
  /** The Present button and the F key: into presentation mode and fullscreen, or out. */
  togglePresenting: () => void;
  /** Presentation mode on or off, without touching fullscreen (for the browser's own exit). */
  setPresenting: (presenting: boolean) => void;
  setBlanked: (blanked: boolean) => void;
}

export interface ReadingSlice {
  /** The source whose full text is open, or null. */
  sourceOpen: string | null;
  /** The passage to highlight and scroll to in the open source (not part of the URL). */
  sourceHighlight: string | null;
  tableOpen: boolean;
  filters: Filters;
  openSource: (id: string | null, highlight?: string | null) => void;
  /** A source that is not in the data: say so and close the view. */
  dropSource: (notice: Notice) => void;
  setTableOpen: (open: boolean) => void;
  setFilters: (filters: Partial<Filters>) => void;
}

export interface LocationSlice {
  /** What a link says (on load, and on Back and Forward), with the notices its parsing raised.
   *  Replaces the history entry: reading the URL must not add to it. */
  applyUrl: (url: UrlState, notices: readonly Notice[]) => void;
}

export type UiState = SelectionSlice &
  HoverSlice &
  ViewSlice &
  TourSlice &
  ReadingSlice &
  LocationSlice;
