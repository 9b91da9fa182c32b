import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * A value that differs between the prerendered first view and the browser: `server` while React
 * renders the markup at build time and while it hydrates that markup, `client()` from the render
 * after (a page rendered from scratch has `client()` from the start). So the hydrating render
 * matches the built HTML, and React then re-renders to the browser's value without a warning.
 * `client` must return the same value for the same state (a string, a boolean).
 */
export function useFirstView<T>(client: () => T, server: T): T {
  return useSyncExternalStore(never, client, () => server);
}
