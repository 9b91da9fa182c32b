// The map for large graphs (more than CANVAS_FROM nodes, graph.tsx): one <canvas> instead of an SVG
// element per node and edge, because at 1,000 nodes the browser's style, layout and paint of
// the SVG, not the simulation, took most of each frame. Same layout, forces, zoom limits and
// drag rules as the SVG view. The simulation still never re-renders React: ticks, zoom and drag
// redraw the canvas. Keyboard and screen-reader users get one button per entity (the canvas
// itself is an image of them); the focused one is ringed on the map.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { edgeKey } from '@/model/ids';
import { nodeSelection } from '@/model/selection';
import { useUi } from '@/store/store';
import { RELATIONS } from '@/model/relations';
import { drawCanvas, type Emphasis, type Palette } from './canvas-draw';
import { FAMILY_OF } from './palette';
import './graph-canvas.css';
import { bounds, createLayout, settle, type LayoutNode } from './layout';
import { prefersReducedMotion } from './use-force-simulation';

function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim() || '#888';
  return {
    bg: v('--bg'),
    ink: v('--ink'),
    halo: v('--halo'),
    focus: v('--focus'),
    focal: v('--focal'),
    // One neutral ink for every kind, and each relation its family's colour (palette.ts).
    kind: { country: v('--node'), organisation: v('--node'), region: v('--node') },
    relation: Object.fromEntries(
      RELATIONS.map((r) => [r, v(`--fam-${FAMILY_OF[r]}`)]),
    ) as Palette['relation'],
  };
}

export function GraphCanvas({ index }: { index: GraphIndex }) {
  const { nodes, edges } = index.data;
  const t = useT();
  const layout = useMemo(() => createLayout(nodes, edges), [nodes, edges]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const selection = useUi((s) => s.selection);
  const theme = useUi((s) => s.theme);
  const select_ = useUi((s) => s.select);
  const emphasis = useRef<Emphasis>({
    selected: null,
    near: new Set(),
    focused: null,
    labels: new Map(nodes.map((n) => [n.id, n.short ?? n.label])),
    strength: index.strength,
  });
  const redraw = useRef<() => void>(() => {});

  // Simulation, zoom, drag and drawing: set up once per layout.
  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const sim = layout.simulation;
    let t: ZoomTransform = zoomIdentity;
    let width = 0, height = 0, frame = 0, userMoved = false; // prettier-ignore
    let palette = readPalette(canvas);
    let lastPaint = -Infinity, paintMs = 0, layingOut = false; // prettier-ignore
    const paint = () => {
      frame = 0;
      lastPaint = performance.now();
      drawCanvas(ctx, layout, { x: t.x, y: t.y, k: t.k, width, height, dpr: devicePixelRatio || 1 }, palette, emphasis.current); // prettier-ignore
      const focal = layout.nodes.find((n) => n.focal);
      if (focal) canvas.dataset.focal = t.apply([focal.x, focal.y]).map((c) => c.toFixed(0)).join(','); // prettier-ignore
      paintMs = performance.now() - lastPaint;
    };
    // One paint per animation frame at most, however many ticks, zooms and drags ask for it.
    const request = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    redraw.current = () => {
      palette = readPalette(canvas);
      request();
    };

    const z = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.05, 5])
      .filter((e: Event & { button?: number; ctrlKey?: boolean }) =>
        e.type === 'wheel'
          ? !useUi.getState().embed
          : !e.ctrlKey && !e.button && e.type !== 'dblclick',
      ) // prettier-ignore
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        t = e.transform;
        if (e.sourceEvent) userMoved = true;
        request();
      });
    const fit = () => {
      const b = bounds(layout.nodes, 16);
      const k = Math.min(width / (b.x1 - b.x0), height / (b.y1 - b.y0), 1.5);
      select(canvas).call(z.transform, zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(b.x0 + b.x1) / 2, -(b.y0 + b.y1) / 2)); // prettier-ignore
    };
    const resize = () => {
      const r = canvas.getBoundingClientRect();
      if (r.width === width && r.height === height) return;
      width = r.width;
      height = r.height;
      const dpr = devicePixelRatio || 1;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      fit();
      paint();
    };

    const find = (e: { x: number; y: number } | MouseEvent): LayoutNode | undefined => {
      const [px, py] = 'offsetX' in e ? [e.offsetX, e.offsetY] : [e.x, e.y];
      const [wx, wy] = t.invert([px, py]);
      return sim.find(wx, wy, 30 / Math.min(t.k, 1));
    };
    // The drag subject carries the node's screen position, so event.x/y are screen points.
    type Grab = { node: LayoutNode; x: number; y: number };
    const dragging = drag<HTMLCanvasElement, unknown, Grab>()
      .container(() => canvas)
      .clickDistance(4)
      .subject((e: { x: number; y: number }) => {
        const node = find(e);
        if (!node) return null as unknown as Grab; // null: no drag, the zoom pans instead
        const [x, y] = t.apply([node.x, node.y]);
        return { node, x, y };
      })
      .on('start', (e: { active: number; subject: Grab }) => {
        userMoved = true; // refitting now would move the map under the pointer
        if (!e.active) sim.alphaTarget(0.25).restart();
        e.subject.node.fx = e.subject.node.x;
        e.subject.node.fy = e.subject.node.y;
      })
      .on('drag', (e: { x: number; y: number; subject: Grab }) => {
        const [wx, wy] = t.invert([e.x, e.y]);
        e.subject.node.fx = wx;
        e.subject.node.fy = wy;
      })
      .on('end', (e: { active: number; subject: Grab }) => {
        if (!e.active) sim.alphaTarget(0);
        if (!e.subject.node.focal) e.subject.node.fx = e.subject.node.fy = null;
      });
    // Drag first: when it grabs a node it stops the event, so zoom does not also pan.
    select(canvas).call(dragging).call(z);
    const onClick = (e: MouseEvent) => {
      const n = find(e);
      useUi.getState().select(n ? nodeSelection(n.id) : null);
    };
    canvas.addEventListener('click', onClick);

    const animate = !prefersReducedMotion();
    if (!animate) settle(layout);
    // The layout spreads out as it runs: keep it in view until the reader zooms or pans. While
    // it first runs, a frame is drawn only once the simulation has had three times as long as
    // the last drawing took: at 5,000 nodes, drawing every tick doubled the time to settle.
    const show = () => (userMoved ? request() : fit());
    sim.on('tick', () => {
      if (!layingOut || performance.now() - lastPaint >= 3 * paintMs) show();
    });
    layingOut = animate;
    canvas.dataset.layout = animate ? 'running' : 'settled';
    sim.on('end', () => {
      layingOut = false;
      canvas.dataset.layout = 'settled';
      show();
    });
    if (animate) sim.alpha(1).restart();
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    resize();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      canvas.removeEventListener('click', onClick);
      select(canvas).on('.zoom', null).on('.drag', null);
      sim.stop();
      sim.on('tick', null).on('end', null);
    };
  }, [layout]);

  // Selection and theme change what is drawn, never the layout.
  useEffect(() => {
    const selected = selection?.kind === 'node' ? selection.id : null;
    const near = new Set<string>();
    if (selected) {
      near.add(selected);
      for (const e of index.edgesOf.get(selected) ?? []) {
        near.add(e.source).add(e.target).add(edgeKey(e.source, e.target));
      }
    } else if (selection?.kind === 'edge') {
      selection.ids.forEach((id) => near.add(id));
      near.add(edgeKey(...selection.ids));
    }
    // Labels follow the interface language (the index is rebuilt when it changes).
    const labels = new Map(nodes.map((n) => [n.id, n.short ?? n.label]));
    emphasis.current = { ...emphasis.current, selected, near, labels };
    redraw.current();
  }, [selection, index, nodes, theme]);

  const focus = (id: string | null) => {
    emphasis.current = { ...emphasis.current, focused: id };
    redraw.current();
  };

  return (
    <section className="graph graph--canvas" aria-label={t.graph.region}>
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        role="img"
        aria-label={t.graph.canvasLabel(nodes.length, edges.length)}
      />
      <ul className="graph-canvas-entities" aria-label={t.graph.canvasEntities}>
        {nodes.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              aria-current={
                selection?.kind === 'node' && selection.id === n.id ? 'true' : undefined
              }
              onClick={() => select_(nodeSelection(n.id))}
              onFocus={() => focus(n.id)}
              onBlur={() => focus(null)}
            >
              {n.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
