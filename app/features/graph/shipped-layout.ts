// The shipped graph's layout, computed once at build time (scripts/graph-data-plugin.ts runs
// createLayout and settle on the validated data, in Node) and compiled into the app, so the
// browser runs no layout for it: the prerendered map and the client's first render draw the
// same positions, and the simulation wakes only when someone drags a node. Any other data
// (a synthetic benchmark graph, a changed file) does not match the signature and is laid out
// in the browser as before. Pure (no React, no DOM): Node runs it at build time.
import { edgeKey } from '@/model/ids';
import type { GraphEdge, GraphNode } from '@/model/schema';
import { createLayout, settle, type Layout } from './layout';

export interface ShippedLayout {
  /** The node ids and edge keys the positions were computed for, in data order. */
  signature: string;
  positions: Record<string, [number, number]>;
}

export function layoutSignature(nodes: GraphNode[], edges: GraphEdge[]): string {
  return `${nodes.map((n) => n.id).join(' ')}|${edges.map((e) => edgeKey(e.source, e.target)).join(' ')}`;
}

/** Build time: the settled, seeded layout, positions rounded to 1/100 of a world pixel. */
export function computeShippedLayout(nodes: GraphNode[], edges: GraphEdge[]): ShippedLayout {
  const layout = createLayout(nodes, edges);
  settle(layout);
  const round = (v: number) => Math.round(v * 100) / 100;
  const positions = Object.fromEntries(
    layout.nodes.map((n) => [n.id, [round(n.x), round(n.y)] as [number, number]]),
  );
  return { signature: layoutSignature(nodes, edges), positions };
}

/**
 * Puts the shipped positions into a fresh layout when they were computed for this very graph,
 * and marks its simulation as at rest (alpha 0), so settle() runs no tick. Returns whether it did.
 */
export function applyShippedLayout(
  layout: Layout,
  nodes: GraphNode[],
  edges: GraphEdge[],
  shipped: ShippedLayout | null,
): boolean {
  if (!shipped || shipped.signature !== layoutSignature(nodes, edges)) return false;
  for (const n of layout.nodes) [n.x, n.y] = shipped.positions[n.id] ?? [n.x, n.y];
  layout.simulation.alpha(0);
  return true;
}
