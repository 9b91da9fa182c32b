/**
 * The content hash of the data/graph.json the build validated and emitted (set by
 * scripts/graph-data-plugin.ts through Vite's `define`; empty when the data did not validate).
 */
declare const __GRAPH_HASH__: string;
