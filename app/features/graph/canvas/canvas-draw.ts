// Draws a layout on a 2D canvas, for graphs too large for one SVG element per node and edge
// (see graph-canvas.tsx). Batched by colour: one path per relation and one per kind, so a
// frame of 1,000 nodes is a handful of strokes and fills, not thousands of DOM writes.
import { NODE_KINDS as KINDS, RELATIONS } from '@/model/ids';
import { STRENGTH_LEVELS as LEVELS } from '@/model/strength';
import { drawLineLabel, linkGroups, tiersOf } from './canvas-lines';
import { disc } from './canvas-sprites';
import type { Layout, LayoutNode } from '../engine/layout';
import type { CanvasView, Emphasis, Palette } from './canvas-types';

/**
 * Dotted lines cost four times a solid one to raster without a GPU (at 5,000 nodes, 9 of the
 * 12 ms a frame spent rastering). While a map with more lines than this moves, the unverified
 * ones are drawn as faint solid lines (about the ink of the dots), and dotted once it rests:
 * moving dots shimmer anyway, and the still map is the one read.
 */
export const DOTS_WHILE_MOVING_UP_TO = 1000;

/** More labels than this in view is a wall of text, and slow to draw: only the named ones. */
export const MAX_LABELS = 150;

function circle(ctx: CanvasRenderingContext2D, n: LayoutNode, r: number) {
  ctx.moveTo(n.x + r, n.y);
  ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
}

export function drawCanvas(
  ctx: CanvasRenderingContext2D,
  layout: Layout,
  view: CanvasView,
  palette: Palette,
  emphasis: Emphasis,
) {
  const { k, dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  const dimmed = emphasis.near.size > 0;
  const tiers = tiersOf(layout, emphasis);
  const ALPHA = [0.1, 0.22, 1];
  // What lies outside the view (plus a margin for radii and labels) is not drawn: zoomed in on
  // a large graph, most of it is off screen, and every skipped arc and line is raster saved.
  const m = 60 / Math.min(k, 1);
  const vx0 = -view.x / k - m,
    vy0 = -view.y / k - m;
  const vx1 = (view.width - view.x) / k + m,
    vy1 = (view.height - view.y) / k + m;
  const inView = (n: LayoutNode) => n.x >= vx0 && n.x <= vx1 && n.y >= vy0 && n.y <= vy1;
  const offView = (a: LayoutNode, b: LayoutNode) =>
    (a.x < vx0 && b.x < vx0) ||
    (a.x > vx1 && b.x > vx1) ||
    (a.y < vy0 && b.y < vy0) ||
    (a.y > vy1 && b.y > vy1);

  // Edges, one stroke per relation, strength and tier (three tiers, faintest first: left out by
  // the filters, dimmed, emphasised), each group's paths built in one pass: 1.5px wide zoomed
  // in, 1px (or less, far out) zoomed out, where there are many; a line of at most one device
  // pixel is drawn as a hairline, several times faster without a GPU.
  const thin = k >= 1 ? 1.5 / k : Math.min(1 / k, 3);
  const groups = linkGroups(layout, emphasis);
  const simplify = !!view.moving && layout.links.length > DOTS_WHILE_MOVING_UP_TO;
  for (const relation of RELATIONS)
    for (const level of LEVELS) {
      const links = groups.get(`${relation} ${level}`);
      if (!links) continue;
      const paths: (Path2D | undefined)[] = [];
      for (const i of links) {
        const l = layout.links[i]!;
        if (offView(l.source, l.target)) continue;
        const path = (paths[tiers.link[i]!] ??= new Path2D());
        path.moveTo(l.source.x, l.source.y);
        path.lineTo(l.target.x, l.target.y);
      }
      // As in the SVG view (graph.css): weight and dots tell the strength, colour the family.
      ctx.lineWidth = level === 'several' ? thin * 2 : thin;
      const dots = level === 'unverified' && !simplify;
      const faint = level === 'unverified' && simplify ? 0.35 : 1;
      ctx.setLineDash(dots ? [thin, thin * 3] : []);
      ctx.strokeStyle = palette.relation[relation];
      paths.forEach((path, tier) => {
        ctx.globalAlpha = ALPHA[tier]! * faint;
        if (path) ctx.stroke(path);
      });
    }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  // The selected, hovered and focused lines: over-drawn heavier, in ink or the focus colour.
  const linkOf = (key: string | null) =>
    key ? layout.links.find((l) => l.key === key) : undefined;
  for (const [key, colour] of [
    [emphasis.selected, palette.ink],
    [emphasis.hovered, palette.ink],
    [emphasis.focused, palette.focus],
  ] as const) {
    const l = linkOf(key);
    if (!l) continue;
    ctx.beginPath();
    ctx.moveTo(l.source.x, l.source.y);
    ctx.lineTo(l.target.x, l.target.y);
    ctx.lineWidth = 4 / k;
    ctx.strokeStyle = colour;
    ctx.stroke();
  }

  // Nodes as pre-drawn discs, placed in device pixels; the dimmed ones first, the focal on top.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const discs = new Map<number, ImageBitmap | HTMLCanvasElement>(); // by radius and kind, for this frame
  // Small discs (under 8 device pixels across: a large graph zoomed out) are squares filled
  // in one path per colour and tier: dots to the eye, and at 5,000 nodes one fill of
  // axis-aligned rectangles is far cheaper than 5,000 bitmap copies, which took most of each
  // frame of a drag without a GPU. Whole device pixels: a fill of rectangles on the pixel grid
  // costs a quarter of one that anti-aliases every edge. (Octagons looked rounder but their
  // fill cost more than the copies.)
  const dots = [0, 1, 2].map(() => new Map<string, Path2D>());
  const copies: [ImageBitmap | HTMLCanvasElement, number, number][][] = [[], [], []];
  for (const [i, n] of layout.nodes.entries()) {
    if (n.focal || !inView(n)) continue;
    const tier = tiers.node[i]!;
    const r = n.r * k * dpr;
    const px = (n.x * k + view.x) * dpr,
      py = (n.y * k + view.y) * dpr;
    if (r < 4) {
      const side = Math.max(1, Math.round(2 * r));
      const colour = palette.kind[n.kind];
      let path = dots[tier]!.get(colour);
      if (!path) dots[tier]!.set(colour, (path = new Path2D()));
      path.rect(Math.round(px - side / 2), Math.round(py - side / 2), side, side);
      continue;
    }
    const key = n.r * 4 + KINDS.indexOf(n.kind);
    let sprite = discs.get(key);
    if (!sprite) discs.set(key, (sprite = disc(palette.kind[n.kind], r)));
    // Whole device pixels: a copy, not a resampling.
    const half = sprite.width / 2;
    copies[tier]!.push([sprite, Math.round(px - half), Math.round(py - half)]);
  }
  // The dimmed ones first, as the lines.
  for (const tier of [0, 1, 2]) {
    ctx.globalAlpha = ALPHA[tier]!;
    for (const [sprite, x, y] of copies[tier]!) ctx.drawImage(sprite, x, y);
    for (const [colour, path] of dots[tier]!) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.globalAlpha = 1;
  const focal = layout.nodes.find((n) => n.focal);
  if (focal) {
    ctx.beginPath();
    circle(ctx, focal, focal.r);
    ctx.fillStyle = palette.focal;
    ctx.fill();
  }

  // Rings for the selected and the keyboard-focused node.
  const byId = (id: string | null) => (id ? layout.nodes.find((n) => n.id === id) : undefined);
  for (const [id, colour, width] of [
    [emphasis.selected, palette.ink, 3],
    [emphasis.focused, palette.focus, 3],
  ] as const) {
    const n = byId(id);
    if (!n) continue;
    ctx.beginPath();
    circle(ctx, n, n.r + 5);
    ctx.lineWidth = width / Math.min(k, 1);
    ctx.strokeStyle = colour;
    ctx.stroke();
  }

  // Labels, kept 14px on screen when zoomed out: all of those in view once the map is zoomed in
  // far enough not to be a wall of text (legible, and at most MAX_LABELS of them; haloed text is
  // the costliest thing drawn), otherwise the focal, selected and focused nodes and the
  // selection's neighbours.
  ctx.font = `600 ${14 / Math.min(k, 1)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.lineWidth = 3 / Math.min(k, 1);
  ctx.strokeStyle = palette.halo;
  ctx.fillStyle = palette.ink;
  let shown = 0;
  if (14 * k >= 9) for (const n of layout.nodes) if (inView(n)) shown++;
  const legible = shown > 0 && shown <= MAX_LABELS;
  for (const n of layout.nodes) {
    const named =
      n.focal ||
      n.id === emphasis.selected ||
      n.id === emphasis.focused ||
      n.id === emphasis.hovered;
    if (!named && !(dimmed ? emphasis.near.has(n.id) : legible)) continue;
    if (!named && !inView(n)) continue;
    const text = emphasis.labels.get(n.id) ?? n.id;
    const y = n.focal ? n.y + 5 : n.y - n.r - 8;
    ctx.strokeText(text, n.x, y);
    ctx.fillText(text, n.x, y);
  }
  for (const key of new Set([emphasis.selected, emphasis.hovered, emphasis.focused])) {
    const l = linkOf(key);
    if (l) drawLineLabel(ctx, l, emphasis.lineLabel(l.key), k, palette);
  }
}
