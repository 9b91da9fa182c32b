// The interface texts in the store's current language, for components. The catalogues
// themselves, and their loading, are in bundles.ts, which knows nothing of the store.
import { useUi } from '@/store/store';
import { bundleFor } from './bundles';
import type { Catalogue } from './en';

/** The interface texts in the current language. */
export function useT(): Catalogue {
  return bundleFor(useUi((s) => s.lang)).ui;
}
