// How the change being made should reach the browser's history. Not UI state: it holds only
// while a store update runs (zustand calls subscribers synchronously inside set()), so the URL
// subscriber can ask it. A reader's selection pushes an entry; corrections, tour steps and
// reading the URL itself replace it.
let replacing = 0;

/** Runs `change` so that whatever URL it leads to replaces the current history entry. */
export function replacingHistory(change: () => void): void {
  replacing++;
  try {
    change();
  } finally {
    replacing--;
  }
}

export function isReplacingHistory(): boolean {
  return replacing > 0;
}
