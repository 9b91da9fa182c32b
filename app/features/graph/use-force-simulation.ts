// A thin wrapper around the d3-force simulation. React never re-renders on a tick: the tick
// handler writes positions straight to the registered SVG elements, skipping unchanged writes.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { edgeGeometry, labelPlacement, settle, type Layout, type LayoutNode } from './layout';

export interface NodeElements {
  root: SVGGElement;
  label: SVGTextElement | null;
}

export interface EdgeElements {
  /** The visible line (lower layer) and the focusable hit line and label (upper layer). */
  line?: SVGLineElement | null;
  hitLine?: SVGLineElement | null;
  label?: SVGGElement | null;
}

export interface Registry {
  nodes: Map<string, NodeElements>;
  edges: Map<string, EdgeElements>;
  /** Edge labels are scaled up when the map is zoomed far out (see labelScaleFor). */
  labelScale: number;
}

function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const f = (n: number) => n.toFixed(1);

export function drawLayout(layout: Layout, registry: Registry) {
  const centre = layout.nodes.find((n) => n.focal) ?? { x: 0, y: 0 };
  for (const n of layout.nodes) {
    const els = registry.nodes.get(n.id);
    if (!els) continue;
    setAttr(els.root, 'transform', `translate(${f(n.x)},${f(n.y)})`);
    if (els.label) {
      const p = labelPlacement(n, centre);
      setAttr(els.label, 'x', f(p.dx));
      setAttr(els.label, 'y', f(p.dy));
      setAttr(els.label, 'text-anchor', p.anchor);
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
    const scale = registry.labelScale === 1 ? '' : ` scale(${registry.labelScale.toFixed(2)})`;
    const transform = `translate(${f(g.lx)},${f(g.ly)}) rotate(${f(g.angle)})${scale}`;
    if (els.label) setAttr(els.label, 'transform', transform);
  }
}

export function rescaleLabels(layout: Layout, registry: Registry, labelScale: number) {
  registry.labelScale = labelScale;
  drawLayout(layout, registry);
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  );
}

/** Small graphs settle before the first paint; large ones animate unless motion is reduced. */
const SETTLE_BEFORE_PAINT = 300;

export function useForceSimulation(layout: Layout, registry: Registry, onMove?: () => void) {
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  });

  useLayoutEffect(() => {
    const sim = layout.simulation;
    const animate = layout.nodes.length > SETTLE_BEFORE_PAINT && !prefersReducedMotion();
    if (!animate) settle(layout);
    drawLayout(layout, registry);
    sim.on('tick', () => {
      drawLayout(layout, registry);
      onMoveRef.current?.();
    });
    if (animate) sim.alpha(1).restart();
    return () => {
      sim.stop();
      sim.on('tick', null);
    };
  }, [layout, registry]);

  /** Attaches dragging to one node element, once the interaction code has loaded. */
  return useCallback(
    (el: SVGGElement, node: LayoutNode) => {
      let live = true;
      let detach: (() => void) | undefined;
      void import('./interaction').then((m) => {
        if (live) detach = m.attachDrag(el, node, layout.simulation);
      });
      return () => {
        live = false;
        detach?.();
      };
    },
    [layout],
  );
}
