// Writes the layout to the SVG elements React rendered: positions, placed node labels with
// their leader lines, and the relation's name on the selected or hovered line. Called on every
// simulation tick, so it touches only attributes that change and never re-renders React.
import { LABEL_PX } from '../view/fit-view';
import { bounds, edgeGeometry, overlaps, type Box } from '../view/geometry';
import type { Layout, LayoutLink, LayoutNode } from '../engine/layout';
import { placeLabels, type Placement, type PlacedLabel } from '../view/label-placement';
import { placeRelationLabel } from '../view/relation-labels';

export interface NodeElements {
  root: SVGGElement;
  label: SVGTextElement | null;
  leader: SVGLineElement | null;
}

export interface EdgeElements {
  /** The focusable element. */
  root?: SVGGElement | null;
  /** The visible line (lower layer) and the focusable hit line and name (upper layer). */
  line?: SVGLineElement | null;
  hitLine?: SVGLineElement | null;
  label?: SVGGElement | null;
  /** The name's size at scale 1, measured once it is shown. */
  size?: { w: number; h: number; text: string };
}

export interface Registry {
  nodes: Map<string, NodeElements>;
  edges: Map<string, EdgeElements>;
  /** Labels are drawn this many times their world size (see fit-view.ts). */
  labelScale: number;
  /** The current zoom: one screen pixel is 1 / k world units. */
  k: number;
  placement: Placement;
  /** Each label's centre relative to its node, as last placed. */
  offsets: Map<string, { dx: number; dy: number }>;
  /** The part of the world the last fit shows beside the zoom buttons: relation names stay in it. */
  frame?: Box;
  /** The zoom buttons' box over the map, in world units, as of the last fit. */
  keepOut?: Box;
}

export function createRegistry(): Registry {
  return {
    nodes: new Map(),
    edges: new Map(),
    labelScale: 1,
    k: 1,
    placement: new Map(),
    offsets: new Map(),
  };
}

function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const f = (n: number) => n.toFixed(1);

/** Re-places every node label for the current scale and positions. */
export function placeNodeLabels(layout: Layout, registry: Registry, passes = 2) {
  const { labelScale, k, placement } = registry;
  setPlacement(
    layout,
    registry,
    placeLabels(layout.nodes, layout.links, labelScale, 1 / k, placement, passes),
  );
}

export function setPlacement(layout: Layout, registry: Registry, placement: Placement) {
  registry.placement = placement;
  registry.offsets.clear();
  for (const n of layout.nodes) {
    const p = registry.placement.get(n.id);
    if (p) registry.offsets.set(n.id, { dx: p.cx - n.x, dy: p.cy - n.y });
  }
}

/**
 * Measures each node label as the browser draws it (the catalogue's words in the page's font),
 * so placement works with real sizes rather than estimates.
 */
export function measureLabels(layout: Layout, registry: Registry) {
  for (const n of layout.nodes) {
    const text = registry.nodes.get(n.id)?.label;
    if (!text?.getBBox) continue;
    const b = text.getBBox();
    if (!b.width) continue;
    // At the size it is drawn now: a first frame's stylesheet (first-frames.ts) may grow it.
    const ls = parseFloat(getComputedStyle(text).fontSize) / LABEL_PX;
    n.labelWidth = b.width / ls;
    n.labelHeight = b.height / ls;
  }
}

/** What drawLayout writes to a node's elements: also what React renders first (prerendered). */
export interface NodeAttrs {
  transform: string;
  label: { x: string; y: string; outside: boolean; hidden: boolean; box: Box } | null;
  leader: { x1: string; y1: string; x2: string; y2: string };
}

export function nodeAttrs(
  n: LayoutNode,
  p: PlacedLabel | undefined,
  o: { dx: number; dy: number } | undefined,
): NodeAttrs {
  const transform = `translate(${f(n.x)},${f(n.y)})`;
  const none = { x1: '0', y1: '0', x2: '0', y2: '0' };
  if (!p || !o) return { transform, label: null, leader: none };
  const w = p.x1 - p.x0,
    h = p.y1 - p.y0;
  const box = {
    x0: n.x + o.dx - w / 2,
    y0: n.y + o.dy - h / 2,
    x1: n.x + o.dx + w / 2,
    y1: n.y + o.dy + h / 2,
  };
  const label = { x: f(o.dx), y: f(o.dy), outside: n.focal && !p.inside, hidden: p.hidden, box };
  // From the node's edge to the nearest point of the label's box.
  const tx = Math.max(o.dx - w / 2, Math.min(0, o.dx + w / 2));
  const ty = Math.max(o.dy - h / 2, Math.min(0, o.dy + h / 2));
  const len = Math.hypot(tx, ty) || 1;
  const r = n.r + 2;
  if (!(p.leader && !p.hidden && len > r + 2)) return { transform, label, leader: none };
  const leader = { x1: f((tx / len) * r), y1: f((ty / len) * r), x2: f(tx), y2: f(ty) };
  return { transform, label, leader };
}

export function lineAttrs(l: LayoutLink) {
  const g = edgeGeometry(l.source, l.target);
  return { x1: f(g.x1), y1: f(g.y1), x2: f(g.x2), y2: f(g.y2) };
}

/** The zoom buttons' column over the map's right edge, in world units at the first frame. */
const BUTTONS = 48;

/**
 * The first frame as attributes, for React to render (and the server to prerender): labels
 * placed with estimated widths at scale 1, and a viewBox round the nodes and labels, so the
 * browser fits the map to its box before any script runs. The client measures the labels and
 * fits the view once it runs (use-zoom.ts drops the viewBox then).
 */
export function firstFrame(layout: Layout) {
  // Not kept as the registry's placement: the client places labels afresh once measured, as it
  // always has, so the prerendered first frame changes nothing of what follows.
  const placement = placeLabels(layout.nodes, layout.links, 1, 1);
  const nodes = new Map(
    layout.nodes.map((n) => {
      const p = placement.get(n.id);
      return [n.id, nodeAttrs(n, p, p && { dx: p.cx - n.x, dy: p.cy - n.y })];
    }),
  );
  const lines = new Map(layout.links.map((l) => [l.key, lineAttrs(l)]));
  const shown = [...nodes.values()].flatMap((a) =>
    a.label && !a.label.hidden ? [a.label.box] : [],
  );
  const b = bounds(layout.nodes, 12, shown);
  const viewBox = [b.x0, b.y0, b.x1 - b.x0 + BUTTONS, b.y1 - b.y0].map(f).join(' ');
  return { nodes, lines, viewBox };
}

export function drawLayout(layout: Layout, registry: Registry) {
  const { labelScale: ls, k } = registry;
  const labelBoxes: Box[] = [];
  const named: [Box, Element, string][] = []; // each node name's box
  for (const n of layout.nodes) {
    const els = registry.nodes.get(n.id);
    if (!els) continue;
    const a = nodeAttrs(n, registry.placement.get(n.id), registry.offsets.get(n.id));
    setAttr(els.root, 'transform', a.transform);
    if (!els.label || !a.label) continue;
    setAttr(els.label, 'x', a.label.x);
    setAttr(els.label, 'y', a.label.y);
    els.label.toggleAttribute('data-outside', a.label.outside);
    els.label.toggleAttribute('data-hidden', a.label.hidden);
    if (!a.label.hidden) {
      labelBoxes.push(a.label.box);
      named.push([a.label.box, els.label, n.id]);
    }
    if (els.leader)
      for (const [name, value] of Object.entries(a.leader)) setAttr(els.leader, name, value);
  }
  for (const l of layout.links) {
    const els = registry.edges.get(l.key);
    if (!els) continue;
    const g = edgeGeometry(l.source, l.target);
    const attrs = lineAttrs(l);
    for (const line of [els.line, els.hitLine]) {
      if (line) for (const [name, value] of Object.entries(attrs)) setAttr(line, name, value);
    }
    const label = els.label;
    if (!label?.isConnected) continue;
    const text = label.querySelector('text');
    const rect = label.querySelector('rect');
    if (!text || !rect) continue;
    // Measured once per text (a forced layout), but written to each new element React renders.
    if (els.size?.text !== text.textContent) {
      const b = text.getBBox();
      els.size = { w: b.width + 14, h: b.height + 6, text: text.textContent ?? '' };
    }
    setAttr(rect, 'x', f(-els.size.w / 2));
    setAttr(rect, 'y', f(-els.size.h / 2));
    setAttr(rect, 'width', f(els.size.w));
    setAttr(rect, 'height', f(els.size.h));
    const w = els.size.w * ls,
      h = els.size.h * ls;
    const at = placeRelationLabel(
      g.x1,
      g.y1,
      g.x2,
      g.y2,
      w,
      h,
      layout.nodes,
      registry.keepOut ? [...labelBoxes, registry.keepOut] : labelBoxes,
      1 / k,
      registry.frame,
    );
    labelBoxes.push(at);
    // No clear place left (a long relation name on a crowded phone map): the relation's name,
    // shown only while its line is selected, hovered or focused, goes before another entity's,
    // which then shows only while its own node is.
    for (const [b, el, id] of named) {
      if (id !== l.source.id && id !== l.target.id && overlaps(b, at))
        el.toggleAttribute('data-hidden', true);
    }
    setAttr(label, 'transform', `translate(${f(at.cx)},${f(at.cy)}) scale(${ls.toFixed(2)})`);
  }
}
