// Writes the layout to the SVG elements React rendered: positions, placed node labels with
// their leader lines, and the relation's name on the selected or hovered line. Called on every
// simulation tick, so it touches only attributes that change and never re-renders React.
import { edgeGeometry } from './geometry';
import type { Layout } from './layout';
import { placeLabels, placeRelationLabel, type Box, type Placement } from './label-placement';

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
  setPlacement(layout, registry, placeLabels(layout.nodes, layout.links, labelScale, 1 / k, placement, passes)); // prettier-ignore
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
    n.labelWidth = b.width / registry.labelScale;
    n.labelHeight = b.height / registry.labelScale;
  }
}

export function drawLayout(layout: Layout, registry: Registry) {
  const { labelScale: ls, k } = registry;
  const labelBoxes: Box[] = [];
  for (const n of layout.nodes) {
    const els = registry.nodes.get(n.id);
    if (!els) continue;
    setAttr(els.root, 'transform', `translate(${f(n.x)},${f(n.y)})`);
    const p = registry.placement.get(n.id);
    const o = registry.offsets.get(n.id);
    if (!els.label || !p || !o) continue;
    setAttr(els.label, 'x', f(o.dx));
    setAttr(els.label, 'y', f(o.dy));
    els.label.toggleAttribute('data-outside', n.focal && !p.inside);
    els.label.toggleAttribute('data-hidden', p.hidden);
    const w = p.x1 - p.x0, h = p.y1 - p.y0; // prettier-ignore
    if (!p.hidden) labelBoxes.push({ x0: n.x + o.dx - w / 2, y0: n.y + o.dy - h / 2, x1: n.x + o.dx + w / 2, y1: n.y + o.dy + h / 2 }); // prettier-ignore
    if (els.leader) {
      // From the node's edge to the nearest point of the label's box.
      const tx = Math.max(o.dx - w / 2, Math.min(0, o.dx + w / 2));
      const ty = Math.max(o.dy - h / 2, Math.min(0, o.dy + h / 2));
      const len = Math.hypot(tx, ty) || 1;
      const r = n.r + 2;
      const show = p.leader && !p.hidden && len > r + 2;
      setAttr(els.leader, 'x1', show ? f((tx / len) * r) : '0');
      setAttr(els.leader, 'y1', show ? f((ty / len) * r) : '0');
      setAttr(els.leader, 'x2', show ? f(tx) : '0');
      setAttr(els.leader, 'y2', show ? f(ty) : '0');
    }
  }
  for (const l of layout.links) {
    const els = registry.edges.get(l.key);
    if (!els) continue;
    const g = edgeGeometry(l.source, l.target);
    for (const line of [els.line, els.hitLine]) {
      if (!line) continue;
      setAttr(line, 'x1', f(g.x1));
      setAttr(line, 'y1', f(g.y1));
      setAttr(line, 'x2', f(g.x2));
      setAttr(line, 'y2', f(g.y2));
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
    const w = els.size.w * ls, h = els.size.h * ls; // prettier-ignore
    const at = placeRelationLabel(g.x1, g.y1, g.x2, g.y2, w, h, layout.nodes, labelBoxes, 1 / k);
    labelBoxes.push(at);
    setAttr(label, 'transform', `translate(${f(at.cx)},${f(at.cy)}) scale(${ls.toFixed(2)})`);
  }
}
