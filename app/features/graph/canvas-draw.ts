// Draws a layout on a 2D canvas, for graphs too large for one SVG element per node and edge
// (see graph-canvas.tsx). Batched by colour: one path per relation and one per kind, so a
// frame of 1,000 nodes is a handful of strokes and fills, not thousands of DOM writes.
import type { NodeKind, Relation } from '@/model/schema';
import type { Layout, LayoutNode } from './layout';

export interface Palette {
  bg: string;
  ink: string;
  halo: string;
  focus: string;
  focal: string;
  kind: Record<NodeKind, string>;
  relation: Record<Relation, string>;
}

export interface View {
  /** Zoom transform: screen = world * k + (x, y), in CSS pixels. */
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
  dpr: number;
}

export interface Emphasis {
  selected: string | null;
  /** Ids of the selection's neighbourhood; empty when nothing is selected. */
  near: Set<string>;
  focused: string | null;
  labels: Map<string, string>;
}

const RELATIONS: Relation[] = [
  'ally',
  'strategic-partner',
  'constructive-partner',
  'member',
  'regional-cooperation',
  'conflict-settlement',
  'engagement',
];
const KINDS: NodeKind[] = ['country', 'organisation', 'region'];

function circle(ctx: CanvasRenderingContext2D, n: LayoutNode, r: number) {
  ctx.moveTo(n.x + r, n.y);
  ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
}

export function drawCanvas(
  ctx: CanvasRenderingContext2D,
  layout: Layout,
  view: View,
  palette: Palette,
  emphasis: Emphasis,
) {
  const { k, dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  const dimmed = emphasis.near.size > 0;
  const alphaOf = (on: boolean) => (dimmed && !on ? 0.22 : 1);

  // Edges, one stroke per relation and emphasis.
  ctx.lineWidth = 1.5 / Math.max(k, 0.5);
  for (const relation of RELATIONS) {
    for (const on of dimmed ? [false, true] : [true]) {
      ctx.beginPath();
      let any = false;
      for (const l of layout.links) {
        if (l.relation !== relation) continue;
        if (dimmed && emphasis.near.has(l.key) !== on) continue;
        ctx.moveTo(l.source.x, l.source.y);
        ctx.lineTo(l.target.x, l.target.y);
        any = true;
      }
      if (!any) continue;
      ctx.globalAlpha = alphaOf(on);
      ctx.strokeStyle = palette.relation[relation];
      ctx.stroke();
    }
  }

  // Nodes, one fill per kind and emphasis; the focal node on top.
  for (const kind of KINDS) {
    for (const on of dimmed ? [false, true] : [true]) {
      ctx.beginPath();
      for (const n of layout.nodes) {
        if (n.kind !== kind || n.focal) continue;
        if (dimmed && emphasis.near.has(n.id) !== on) continue;
        circle(ctx, n, n.r);
      }
      ctx.globalAlpha = alphaOf(on);
      ctx.fillStyle = palette.kind[kind];
      ctx.fill();
    }
  }
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

  // Labels, kept 14px on screen when zoomed out: all of them once the map is zoomed in far
  // enough not to be a wall of text, otherwise the focal, selected and focused nodes and the
  // selection's neighbours.
  ctx.font = `600 ${14 / Math.min(k, 1)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.lineWidth = 3 / Math.min(k, 1);
  ctx.strokeStyle = palette.halo;
  ctx.fillStyle = palette.ink;
  const legible = 14 * k >= 9;
  for (const n of layout.nodes) {
    const named = n.focal || n.id === emphasis.selected || n.id === emphasis.focused;
    if (!named && !(dimmed ? emphasis.near.has(n.id) : legible)) continue;
    const text = emphasis.labels.get(n.id) ?? n.id;
    const y = n.focal ? n.y + 5 : n.y - n.r - 8;
    ctx.strokeText(text, n.x, y);
    ctx.fillText(text, n.x, y);
  }
}
