// What a language brings when it loads: its interface texts, its translations of our own words in
// the data, and the function that puts the graph in that language.
import type { GraphData } from '@/model/schema';
import type { Catalogue } from './en';

export interface LangBundle {
  ui: Catalogue;
  /** Our own words in the data, keyed by their English text (empty for English). */
  data: Readonly<Record<string, string>>;
  /** The graph with our own words in this language: the data is English, so English keeps it
   *  as it is, and the translating code (localize.ts) loads with the other languages' chunks. */
  localize: (graph: GraphData) => GraphData;
}
