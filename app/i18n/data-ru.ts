// Russian for our own words in data/graph.json and data/tours.json, keyed by the English text
// (entity names, short names, descriptions, summaries, notes, source labels, tour captions).
// Never a passage, and never metadata a text states about itself: those stay as written.
// localize.test.ts fails when an English text has no entry here, or an entry is stale.
export const ruData: Record<string, string> = {};
