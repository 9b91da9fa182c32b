// A finger's tap on the SVG map goes to the nearest node or line within reach (tap-target.ts),
// not only to the element under the finger's centre. It reads where the map has drawn its
// elements (their boxes on the screen, so zoom and the simulation are already applied) and
// passes the tap on as a click on the element it chose, which selects it as any click does.
// Part of the pointer chunk (svg-gestures.ts), loaded after the first paint; mouse, pen and
// keyboard are untouched.
import { tapTarget, type TapLine, type TapNode } from '../view/tap-target';

function read(svg: SVGSVGElement) {
  const nodes: TapNode[] = [];
  for (const g of svg.querySelectorAll<SVGGElement>('.node[data-id]:not(.is-filtered)')) {
    const shape = g.querySelector('.node-shape')?.getBoundingClientRect();
    if (!shape?.width) continue;
    const [x, y] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
    nodes.push({ id: g.dataset.id!, x, y, r: Math.max(shape.width, shape.height) / 2 });
  }
  const lines: TapLine[] = [];
  for (const g of svg.querySelectorAll<SVGGElement>('.edge[data-key]:not(.is-filtered)')) {
    const line = g.querySelector<SVGLineElement>('.edge-hit');
    const m = line?.getScreenCTM();
    if (!line || !m) continue;
    const end = (x: SVGAnimatedLength, y: SVGAnimatedLength) =>
      new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(m);
    const a = end(line.x1, line.y1);
    const b = end(line.x2, line.y2);
    lines.push({ key: g.dataset.key!, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return { nodes, lines };
}

export function attachTapResolution(svg: SVGSVGElement): () => void {
  const onClick = (e: MouseEvent) => {
    if (!(e instanceof PointerEvent) || e.pointerType !== 'touch') return;
    const { nodes, lines } = read(svg);
    const target = tapTarget(e.clientX, e.clientY, nodes, lines);
    if (!target) return; // the background: the map's own handling (clears the selection)
    const el = svg.querySelector<SVGGElement>(
      target.kind === 'node'
        ? `.node[data-id="${CSS.escape(target.id)}"]`
        : `.edge[data-key="${CSS.escape(target.key)}"]`,
    );
    if (!el || (e.target instanceof Node && el.contains(e.target))) return;
    e.stopPropagation();
    e.preventDefault();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  };
  svg.addEventListener('click', onClick, true);
  return () => svg.removeEventListener('click', onClick, true);
}
