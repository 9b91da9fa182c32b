// Lines on the canvas: grouped once per layout by relation and strength (each frame strokes a
// group in one path), each element's emphasis tier worked out once per change of emphasis, and
// the relation's name drawn on a selected, hovered or focused line.
import type { Emphasis, Palette } from './canvas-types';
import type { Layout, LayoutLink } from '../engine/layout';

/**
 * The links (their indices in layout.links) by relation and strength, grouped once per layout:
 * each frame strokes each group.
 */
const groupCache = new WeakMap<Layout, Map<string, number[]>>();
export function linkGroups(layout: Layout, emphasis: Emphasis): Map<string, number[]> {
  let groups = groupCache.get(layout);
  if (!groups) {
    groups = new Map();
    for (const [i, l] of layout.links.entries()) {
      const key = `${l.relation} ${emphasis.strength?.get(l.key)?.level ?? 'single'}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    groupCache.set(layout, groups);
  }
  return groups;
}

export interface Tiers {
  /** By index in layout.nodes and layout.links: 0 left out by the filters, 1 dimmed, 2 shown. */
  node: Uint8Array;
  link: Uint8Array;
}

/**
 * Each element's tier, worked out when the emphasis changes (a hover, a selection, a filter),
 * not on every frame: at 11,000 elements, asking the filters and the neighbourhood per frame
 * was a few milliseconds of every frame of a drag.
 */
const tierCache = new WeakMap<Emphasis, { layout: Layout; tiers: Tiers }>();
export function tiersOf(layout: Layout, emphasis: Emphasis): Tiers {
  const cached = tierCache.get(emphasis);
  if (cached?.layout === layout) return cached.tiers;
  const dimmed = emphasis.near.size > 0;
  const tierOf = (id: string) =>
    !emphasis.shown(id) ? 0 : dimmed && !emphasis.near.has(id) ? 1 : 2;
  const tiers = {
    node: Uint8Array.from(layout.nodes, (n) => tierOf(n.id)),
    link: Uint8Array.from(layout.links, (l) => tierOf(l.key)),
  };
  tierCache.set(emphasis, { layout, tiers });
  return tiers;
}

/** The relation's name on a line: at its middle, in a box, kept 12 px on screen. */
export function drawLineLabel(
  ctx: CanvasRenderingContext2D,
  l: LayoutLink,
  text: string,
  k: number,
  palette: Palette,
) {
  const s = 1 / k;
  const x = (l.source.x + l.target.x) / 2;
  const y = (l.source.y + l.target.y) / 2;
  ctx.font = `600 ${12 * s}px system-ui, sans-serif`;
  const w = ctx.measureText(text).width + 12 * s;
  ctx.fillStyle = palette.bg;
  ctx.strokeStyle = palette.ink;
  ctx.lineWidth = s;
  ctx.beginPath();
  ctx.rect(x - w / 2, y - 10 * s, w, 20 * s);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = palette.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
  ctx.textBaseline = 'alphabetic';
}
