/** A schema-valid synthetic graph of n nodes (see synthetic.mjs). */
export function syntheticGraph(n: number, seed?: number): unknown;
