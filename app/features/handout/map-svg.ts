// Builds a standalone copy of the map for slides (SVG and PNG files) and for the printed
// handout: the graph's snapshot (its port, app/lib/graph-port.ts: the live SVG elements, or
// the canvas painter's drawn copy) cloned as laid out, with a title, the legend and a source
// line. Text goes in through textContent only; nothing is parsed as markup.
import type { MapSnapshot } from '@/lib/graph-port';
import { xmlSafe } from '@/lib/xml-chars';

const NS = 'http://www.w3.org/2000/svg';

/** Presentation properties a file needs once the page's stylesheet is not there. */
const STYLE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  // Map lines keep their screen width at any zoom (graph.css); the file must too.
  'vector-effect',
];

export interface MapSvgOptions {
  /** 'view': what is on screen now; 'all': the whole map, fitted. */
  fit: 'view' | 'all';
  /** Copy computed styles into the file (export); the handout keeps the page's classes. */
  inline: boolean;
  /** The language of the file's own words (title, legend, source line). */
  lang: string;
  title: string;
  sourceLines: string[];
}

export function buildMapSvg(snap: MapSnapshot, opts: MapSvgOptions): SVGSVGElement {
  const box = frame(snap, opts.fit);
  const style = getComputedStyle(snap.styleRoot);
  const bg = style.getPropertyValue('--bg').trim() || '#ffffff';
  const ink = style.getPropertyValue('--ink').trim() || '#000000';
  const font = style.getPropertyValue('--font-ui').trim() || 'sans-serif';

  const width = Math.max(480, Math.round(box.width));
  const head = 44;
  const legend = snap.legend;
  // Columns as wide as the longest item (a colour family names several relation types).
  const col = Math.max(190, 52 + 7.4 * Math.max(0, ...legend.map((l) => l.label.length)));
  const perRow = Math.max(1, Math.floor((width - 32) / col));
  const legendH = Math.ceil(legend.length / perRow) * 26 + 12;
  const lines = opts.sourceLines.flatMap((l) => wrap(l, Math.floor((width - 32) / 6.6)));
  const footH = legendH + lines.length * 17 + 16;
  const mapH = Math.round(box.height);
  const height = head + mapH + footH;

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('lang', opts.lang);
  svg.setAttribute('font-family', font);
  svg.append(el('title', {}, opts.title));
  if (opts.inline) svg.append(el('rect', { width, height, fill: bg }));
  svg.append(
    el('text', { x: 16, y: 28, 'font-size': 18, 'font-weight': 700, fill: ink }, opts.title),
  );

  // The map, clipped to its frame and scaled into the file's width.
  const clipId = `map-clip-${Math.random().toString(36).slice(2, 8)}`;
  const clip = el('clipPath', { id: clipId });
  clip.append(el('rect', { width: box.width, height: box.height }));
  const defs = el('defs', {});
  defs.append(clip);
  svg.append(defs);
  const map = el('g', {
    transform: `translate(${(width - box.width) / 2},${head})`,
    'clip-path': `url(#${clipId})`,
  });
  const inner = el('g', { transform: `translate(${-box.x},${-box.y})` });
  const copy = snap.world.cloneNode(true) as SVGGElement;
  if (snap.styled) copy.removeAttribute('class');
  else if (opts.inline) inlineStyles(snap.world, copy);
  else neutralise(copy);
  const { x, y, k } = snap.view;
  if (opts.fit === 'all') copy.removeAttribute('transform');
  else copy.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
  strip(copy);
  inner.append(copy);
  map.append(inner);
  svg.append(map);

  // Legend: the app's own swatches, in rows.
  const top = head + mapH + 8;
  legend.forEach((item, i) => {
    const x = 16 + (i % perRow) * col;
    const y = top + Math.floor(i / perRow) * 26;
    const swatch = item.swatch.cloneNode(true) as SVGSVGElement;
    if (opts.inline) inlineStyles(item.swatch, swatch);
    const wide = item.swatch.classList.contains('legend-swatch--line');
    // The swatch's own size rules would override the attributes below; its kind class stays.
    swatch.classList.remove('legend-swatch', 'legend-swatch--line');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(y));
    swatch.setAttribute('width', String(wide ? 36 : 20));
    swatch.setAttribute('height', String(wide ? 12 : 20));
    if (wide) swatch.setAttribute('y', String(y + 4));
    svg.append(swatch);
    svg.append(
      el('text', { x: x + (wide ? 44 : 28), y: y + 15, 'font-size': 13, fill: ink }, item.label),
    );
  });
  lines.forEach((line, i) => {
    const y = top + legendH + 8 + i * 17;
    svg.append(el('text', { x: 16, y, 'font-size': 12, fill: ink }, line));
  });
  return svg;
}

/** The file's text. Without the characters XML cannot carry (a control character in a name
 * would make the file unreadable and the PNG's image undecodable): xml-chars.ts. */
export function serialize(svg: SVGSVGElement): string {
  const text = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(text)}`;
}

function frame(snap: MapSnapshot, fit: 'view' | 'all') {
  if (fit === 'view') return { x: 0, y: 0, width: snap.view.width, height: snap.view.height };
  const b = snap.bounds;
  const pad = 12;
  return {
    x: b.x0 - pad,
    y: b.y0 - pad,
    width: b.x1 - b.x0 + 2 * pad,
    height: b.y1 - b.y0 + 2 * pad,
  };
}

function inlineStyles(src: Element, dst: Element) {
  const from = [src, ...src.querySelectorAll('*')];
  const to = [dst, ...dst.querySelectorAll('*')];
  from.forEach((node, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(node);
    // As presentation attributes, not a style="" attribute: the page's Content-Security-Policy
    // (style-src 'self') refuses every inline style attribute set from script, which logged
    // one error per element (about 200 per export) and left the file's copy unstyled there.
    // Every property here is an SVG presentation attribute, which the policy does not govern,
    // and any SVG editor reads them.
    for (const p of STYLE_PROPS) {
      const value = cs.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
    target.removeAttribute('style');
    target.removeAttribute('class');
  });
}

/** The handout shows the whole map evenly, whatever was selected or hovered on screen. */
function neutralise(root: Element) {
  for (const node of [root, ...root.querySelectorAll('[class]')]) {
    const cls = node.getAttribute('class');
    if (cls) node.setAttribute('class', cls.replace(/\bis-(dim|near|selected)\b/g, 'is-normal'));
  }
}

/** A picture, not a control: no focus stops, roles or ids in the copy. */
function strip(root: Element) {
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-current', 'id'])
      node.removeAttribute(a);
  }
  root.setAttribute('aria-hidden', 'true');
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Greedy word wrap for the source line (SVG 1.1 text does not wrap). */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
