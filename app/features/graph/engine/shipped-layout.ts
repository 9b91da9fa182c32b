// The shipped graph's layout, computed once at build time (scripts/prerender-plugin.ts runs
// simulation.ts computeShippedLayout on the validated data, in Node) and compiled into the app as
// `virtual:shipped-layout`, so the browser runs no layout for it: the prerendered map and the
// client's first render draw the same positions, and the simulation wakes only when someone
// drags a node. Any other data (a synthetic benchmark graph, a changed file) does not match the
// signature and is laid out in the browser as before. Pure (no React, no DOM).
import { contentHash } from '@/lib/content-hash';
import { edgeKey } from '@/model/ids';
import type { GraphEdge, GraphNode } from '@/model/schema';
import type { Positions } from './layout';

export interface ShippedLayout {
  /** A hash of the node ids and edge keys the positions were computed for, in data order. */
  signature: string;
  positions: Record<string, [number, number]>;
}

/**
 * The ids and keys, hashed (the same hash that recognises the build's data file): spelled out,
 * they would cost the first view about 60 bytes of gzip JS. The build and the browser both call
 * this one function, so a signature computed at build time matches in the browser.
 */
export function layoutSignature(nodes: GraphNode[], edges: GraphEdge[]): string {
  const ids = nodes.map((n) => n.id).join(' ');
  const keys = edges.map((e) => edgeKey(e.source, e.target)).join(' ');
  return contentHash(`${ids}|${keys}`);
}

/** The shipped positions, when they were computed for this very graph. */
export function shippedPositions(
  nodes: GraphNode[],
  edges: GraphEdge[],
  shipped: ShippedLayout | null,
): Positions | undefined {
  if (!shipped || shipped.signature !== layoutSignature(nodes, edges)) return undefined;
  return new Map(Object.entries(shipped.positions).map(([id, [x, y]]) => [id, { x, y }]));
}
