// The English catalogue whole (en.ts and en-more.ts joined), for tests and tools. The app never
// imports it: its first view carries en.ts alone and joins en-more.ts on demand (bundles.ts).
import { joinEnglish } from './join-english';
import { en } from './en';
import { enMore } from './en-more';

export const english = joinEnglish(en, enMore);
