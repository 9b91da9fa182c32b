// Clicks and keys a reader gave the prerendered page before the app had loaded: public/boot.js
// keeps them (the page shows every node, line and button at once, but none answers until React
// has hydrated it), and they are replayed here once it has. The elements are the same ones:
// React adopts the prerendered markup rather than drawing it again.
interface EarlyInput {
  target: Element;
  type: 'click' | 'keydown';
  key?: string;
}

declare global {
  interface Window {
    bootInput?: EarlyInput[];
  }
}

/**
 * Takes what boot.js has kept and stops it keeping more: from here React answers (a click
 * while it hydrates makes it hydrate that part at once and handle it).
 */
export function takeEarlyInput(): EarlyInput[] {
  const kept = window.bootInput ?? [];
  window.bootInput = undefined;
  return kept;
}

/** Gives the kept input, in order, to the hydrated page's handlers. */
export function replayEarlyInput(kept: EarlyInput[]) {
  for (const { target, type, key } of kept) {
    if (!target.isConnected) continue;
    const init = { bubbles: true, cancelable: true };
    target.dispatchEvent(
      type === 'click'
        ? new MouseEvent('click', init)
        : new KeyboardEvent('keydown', { ...init, key }),
    );
  }
}
