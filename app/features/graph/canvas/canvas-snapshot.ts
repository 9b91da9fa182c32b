// The canvas painter's picture for export and the handout: the layout drawn as SVG elements
// that carry their own presentation attributes (nothing on the page styles them), in world
// coordinates, with the canvas's colours.
import type { Palette } from './canvas-types';
import { edgeGeometry } from '../view/geometry';
import type { Layout } from '../engine/layout';
import type { StrengthLevel } from '@/model/strength';

const NS = 'http://www.w3.org/2000/svg';

/** More names than this would be a wall of text: then only the focal node is named. */
const NAMED_UP_TO = 150;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function drawnCopy(
  layout: Layout,
  palette: Palette,
  labels: ReadonlyMap<string, string>,
  strength: ReadonlyMap<string, { level: StrengthLevel }>,
): SVGGElement {
  const g = el('g', {}) as SVGGElement;
  const lines = el('g', { fill: 'none', 'vector-effect': 'non-scaling-stroke' });
  for (const l of layout.links) {
    const level = strength.get(l.key)?.level ?? 'single';
    const at = edgeGeometry(l.source, l.target);
    lines.append(
      el('line', {
        ...at,
        stroke: palette.relation[l.relation],
        'stroke-width': level === 'several' ? 3 : 1.5,
        ...(level === 'unverified' ? { 'stroke-dasharray': '1.5 4.5' } : {}),
        'vector-effect': 'non-scaling-stroke',
      }),
    );
  }
  g.append(lines);
  const named = layout.nodes.length <= NAMED_UP_TO;
  for (const n of layout.nodes) {
    g.append(
      el('circle', {
        cx: n.x,
        cy: n.y,
        r: n.r,
        fill: n.focal ? palette.focal : palette.kind[n.kind],
      }),
    );
  }
  for (const n of layout.nodes) {
    if (!named && !n.focal) continue;
    const text = labels.get(n.id) ?? n.id;
    const y = n.focal ? n.y + 5 : n.y - n.r - 8;
    const attrs = { x: n.x, y, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600 };
    g.append(el('text', { ...attrs, fill: 'none', stroke: palette.halo, 'stroke-width': 3 }, text));
    g.append(el('text', { ...attrs, fill: palette.ink }, text));
  }
  return g;
}
