// The canvas painter's imperative half: one <canvas> drawing the engine's layout, with d3-zoom
// for pan and zoom, d3-drag for dragging nodes, and the engine's hit-testing for hover and
// clicks on nodes and lines. Ticks, zooms and drags repaint the canvas, at most once a frame;
// nothing here re-renders React.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import 'd3-transition'; // selection.transition() for the animated zoom buttons
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { drawCanvas } from './canvas-draw';
import type { Emphasis, Palette } from './canvas-types';
import type { GraphEngine } from '../engine/engine';
import { bounds } from '../view/geometry';
import { edgeAt, nodeAt } from '../view/hit-test';
import type { LayoutNode } from '../engine/layout';
import { scaleExtent, zoomFilter, ZOOM_STEP } from '../view/zoom-policy';

export interface SceneOptions {
  wheel: () => boolean;
  palette: () => Palette;
  emphasis: () => Emphasis;
  onSelect: (ids: string[] | null) => void;
  onHover: (key: string | null) => void;
  /** The view or the layout came to rest (zoom ended, layout settled, resized). */
  onSettled: () => void;
}

export interface CanvasScene {
  repaint: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: (animate?: boolean) => void;
  /** The view drawn now: screen = world × k + (x, y). */
  view: () => { x: number; y: number; k: number; width: number; height: number };
  /** Where a node (id) or a line's middle (key) is drawn, in canvas CSS pixels. */
  screenPoint: (key: string) => [number, number] | null;
  destroy: () => void;
}

/** Screen pixels within which a pointer hits a node's rim or a line. */
const HIT_PX = 6;

export function createCanvasScene(
  canvas: HTMLCanvasElement,
  engine: GraphEngine,
  opts: SceneOptions,
): CanvasScene {
  const ctx = canvas.getContext('2d')!;
  const { layout } = engine;
  let t: ZoomTransform = zoomIdentity;
  let width = 0,
    height = 0,
    frame = 0,
    userMoved = false;
  let lastPaint = -Infinity,
    paintMs = 0,
    zooming = false;
  const paint = () => {
    frame = 0;
    lastPaint = performance.now();
    const moving = engine.running() || zooming;
    const view = { x: t.x, y: t.y, k: t.k, width, height, dpr: devicePixelRatio || 1, moving };
    drawCanvas(ctx, layout, view, opts.palette(), opts.emphasis());
    const focal = layout.nodes.find((n) => n.focal);
    if (focal)
      canvas.dataset.focal = t
        .apply([focal.x, focal.y])
        .map((c) => c.toFixed(0))
        .join(',');
    paintMs = performance.now() - lastPaint;
  };
  // One paint per animation frame at most, however many ticks, zooms and drags ask for it.
  const request = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };

  const z = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(scaleExtent(engine.size))
    // The size the scene already knows: d3-zoom's default reads the canvas's clientWidth, which
    // forces the page's layout inside every fit that follows the running layout (up to 90 ms a
    // tick while the accessible lists grow).
    .extent(() => [
      [0, 0],
      [width, height],
    ])
    .filter((e: Event & { button?: number; ctrlKey?: boolean }) => zoomFilter(opts.wheel())(e))
    .on('start', () => void (zooming = true))
    .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      t = e.transform;
      if (e.sourceEvent) userMoved = true;
      request();
    })
    .on('end', () => {
      zooming = false;
      request(); // the still view, drawn in full
      // The fit that follows the running layout ends a zoom every tick: publishing where
      // 11,000 elements are drawn each time took a second of the 5,000-node layout. The rest
      // publishes.
      if (canvas.dataset.layout !== 'running') opts.onSettled();
    });
  const sel = select(canvas);
  const fitTransform = () => {
    const b = bounds(layout.nodes, 16);
    const k = Math.min(width / (b.x1 - b.x0), height / (b.y1 - b.y0), 1.5);
    return zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(b.x0 + b.x1) / 2, -(b.y0 + b.y1) / 2);
  };
  const fit = (animate = false) => {
    userMoved = false;
    if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches)
      sel.transition().duration(300).call(z.transform, fitTransform());
    else sel.call(z.transform, fitTransform());
  };
  const zoomBy = (k: number) => {
    userMoved = true;
    sel.transition().duration(200).call(z.scaleBy, k);
  };
  const resize = () => {
    const r = canvas.getBoundingClientRect();
    if (r.width === width && r.height === height) return;
    width = r.width;
    height = r.height;
    const dpr = devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    if (!userMoved) fit();
    paint();
    opts.onSettled();
  };

  // Hit-testing by geometry: the node under the pointer, else the line.
  const world = (px: number, py: number) => t.invert([px, py]);
  const nodeUnder = (px: number, py: number) => {
    const [x, y] = world(px, py);
    return nodeAt(layout, x, y, HIT_PX / t.k);
  };
  const keyAt = (px: number, py: number): string | null => {
    const n = nodeUnder(px, py);
    if (n) return n.id;
    const [x, y] = world(px, py);
    return edgeAt(layout, x, y, HIT_PX / t.k)?.key ?? null;
  };

  // The drag subject carries the node's screen position, so event.x/y are screen points.
  type Grab = { node: LayoutNode; x: number; y: number };
  const dragging = drag<HTMLCanvasElement, unknown, Grab>()
    .container(() => canvas)
    .clickDistance(4)
    .subject((e: { x: number; y: number }) => {
      const node = nodeUnder(e.x, e.y);
      if (!node) return null as unknown as Grab; // null: no drag, the zoom pans instead
      const [x, y] = t.apply([node.x, node.y]);
      return { node, x, y };
    })
    .on('start', (e: { subject: Grab }) => {
      userMoved = true; // refitting now would move the map under the pointer
      engine.dragStart(e.subject.node);
    })
    .on('drag', (e: { x: number; y: number; subject: Grab }) => {
      const [wx, wy] = world(e.x, e.y);
      engine.dragTo(e.subject.node, wx, wy);
    })
    .on('end', (e: { subject: Grab }) => engine.dragEnd(e.subject.node));
  // Drag first: when it grabs a node it stops the event, so zoom does not also pan.
  sel.call(dragging).call(z);

  const onClick = (e: MouseEvent) => {
    const key = keyAt(e.offsetX, e.offsetY);
    opts.onSelect(key ? key.split(',') : null);
  };
  let hovered: string | null = null;
  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons) return; // panning or dragging
    const key = keyAt(e.offsetX, e.offsetY);
    canvas.style.cursor = key ? 'pointer' : '';
    if (key !== hovered) opts.onHover((hovered = key));
  };
  const onPointerLeave = () => {
    if (hovered !== null) opts.onHover((hovered = null));
  };
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);

  // The layout spreads out as it runs: keep it in view until the reader zooms or pans. While
  // it runs, a frame is drawn only once the layout has had three times as long as the last
  // drawing took (at 5,000 nodes, drawing every tick slowed the layout), or during a drag.
  const offMove = engine.onMove(() => {
    const layingOut = canvas.dataset.layout === 'running';
    if (layingOut && performance.now() - lastPaint < 3 * paintMs) return;
    if (userMoved) request();
    else fit();
  });
  const offRest = engine.onRest(() => {
    canvas.dataset.layout = 'settled';
    if (!userMoved) fit();
    request();
    opts.onSettled();
  });
  const observer = new ResizeObserver(resize);
  observer.observe(canvas);
  resize();

  return {
    repaint: request,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    fit,
    view: () => ({ x: t.x, y: t.y, k: t.k, width, height }),
    screenPoint(key) {
      const [a, b] = key.split(',').map((id) => engine.node(id));
      if (!a) return null;
      const x = b ? (a.x + b.x) / 2 : a.x;
      const y = b ? (a.y + b.y) / 2 : a.y;
      return t.apply([x, y]);
    },
    destroy() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      offMove();
      offRest();
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      sel.interrupt().on('.zoom', null).on('.drag', null);
    },
  };
}
