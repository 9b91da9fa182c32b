// The draft being edited, with its undo history and whether it is saved. Editor state, so it
// lives here rather than in the app's UI store; the map reads the draft through react-query
// (use-draft-feed.ts), never from here.
import { create } from 'zustand';
import { emptyPackage, type MapPackage } from '@/model/map-package';
import { record, redo, startHistory, undo, type History } from './undo';

export type SaveState = 'saved' | 'unsaved' | 'failed';

export interface EditorMessage {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
}

interface DraftState {
  history: History<MapPackage>;
  save: SaveState;
  /** The recoverable last version (see draft-db.ts), or null. */
  previous: MapPackage | null;
  message: EditorMessage | null;
  change: (edit: (pkg: MapPackage) => MapPackage) => void;
  /** Replaces the whole draft (an opened package, a new map); the old one becomes previous. */
  replace: (pkg: MapPackage) => void;
  undo: () => void;
  redo: () => void;
  setSave: (save: SaveState) => void;
  setPrevious: (pkg: MapPackage | null) => void;
  say: (message: EditorMessage | null) => void;
}

export const useDraft = create<DraftState>()((set) => ({
  history: startHistory(emptyPackage()),
  save: 'saved',
  previous: null,
  message: null,
  change: (edit) => set((s) => ({ history: record(s.history, edit(s.history.present)) })),
  replace: (pkg) => set((s) => ({ history: record(s.history, pkg), previous: s.history.present })),
  undo: () => set((s) => ({ history: undo(s.history) })),
  redo: () => set((s) => ({ history: redo(s.history) })),
  setSave: (save) => set({ save }),
  setPrevious: (previous) => set({ previous }),
  say: (message) => set({ message }),
}));

/** Starts the session on a saved draft (boot.ts), with no history behind it. */
export function startDraft(pkg: MapPackage, previous: MapPackage | null) {
  useDraft.setState({ history: startHistory(pkg), previous, save: 'saved', message: null });
}
