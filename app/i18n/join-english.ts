// English comes in two parts: en.ts (what the first view shows) and en-more.ts (the rest, loaded
// on demand by bundles.ts). Apart from bundles.ts so that tests and tools outside Vite can join
// them too (english.ts).
import type { Catalogue } from './en';

/**
 * Joins en-more.ts's texts to en.ts's, section by section: a section can be in both (the
 * evidence panel's intro is first-view text, the passages' captions are not).
 */
export function joinEnglish(first: object, more: object): Catalogue {
  const whole: Record<string, object> = { ...first };
  for (const [key, texts] of Object.entries(more)) whole[key] = { ...whole[key], ...texts };
  return whole as Catalogue;
}
