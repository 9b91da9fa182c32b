// The draft being edited, with its undo history and whether it is saved. Editor state, so it
// lives here rather than in the app's UI store; the map reads the draft through react-query
// (use-draft-feed.ts), never from here.
import { create } from 'zustand';
import { emptyPackage, type MapPackage } from '@/model/map-package';
import type { Stored } from './draft-db';
import { record, redo, startHistory, undo, type History } from './undo';

/** `conflict`: another tab saved the draft since this one last did; nothing is saved over it. */
export type SaveState = 'saved' | 'unsaved' | 'failed' | 'conflict';

export interface EditorMessage {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  /** A draft that no longer reads, kept aside: offered for download as it was. */
  broken?: string;
}

interface DraftState {
  history: History<MapPackage>;
  save: SaveState;
  /** The stored revision this tab's draft is based on (draft-db.ts). */
  rev: number;
  /** The recoverable last version (see draft-db.ts), or null. */
  previous: MapPackage | null;
  message: EditorMessage | null;
  /** Unsaved text in a form (a source being added): the page warns before it is left. */
  typing: boolean;
  change: (edit: (pkg: MapPackage) => MapPackage) => void;
  /** Replaces the whole draft (an opened package, a new map); the old one becomes previous. */
  replace: (pkg: MapPackage) => void;
  undo: () => void;
  redo: () => void;
  setSave: (save: SaveState, rev?: number) => void;
  setPrevious: (pkg: MapPackage | null) => void;
  say: (message: EditorMessage | null) => void;
  setTyping: (typing: boolean) => void;
}

export const useDraft = create<DraftState>()((set) => ({
  history: startHistory(emptyPackage()),
  save: 'saved',
  rev: 0,
  previous: null,
  message: null,
  typing: false,
  change: (edit) => set((s) => ({ history: record(s.history, edit(s.history.present)) })),
  replace: (pkg) => set((s) => ({ history: record(s.history, pkg), previous: s.history.present })),
  undo: () => set((s) => ({ history: undo(s.history) })),
  redo: () => set((s) => ({ history: redo(s.history) })),
  setSave: (save, rev) => set((s) => ({ save, rev: rev ?? s.rev })),
  setPrevious: (previous) => set({ previous }),
  say: (message) => set({ message }),
  setTyping: (typing) => set({ typing }),
}));

/** Starts the session on what is stored (boot.ts): the draft with its saved undo steps. */
export function startDraft(stored: Stored) {
  const present = stored.current ?? emptyPackage();
  useDraft.setState({
    history: { ...startHistory(present), ...stored.undo, present },
    previous: stored.history[0] ?? null,
    rev: stored.rev,
    save: 'saved',
    message: null,
  });
}
