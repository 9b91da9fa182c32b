// The canvas painter, for large graphs (size-class.ts): one <canvas> instead of an SVG element
// per node and edge, because at 1,000 nodes the browser's style, layout and paint of the SVG,
// not the simulation, took most of each frame. The same engine (layout, drag, hit-testing) and
// emphasis as the SVG painter, with its simulation in a Web Worker; the imperative drawing is
// canvas-scene.ts. Keyboard and screen-reader users get one button per entity and per
// relation, named as the SVG view names them (the canvas itself is an image of them); the
// focused one is ringed on the map.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphPort } from '@/lib/graph-port';
import { visibleElements } from '@/model/filters';
import type { GraphIndex } from '@/model/graph-index';
import { RELATIONS } from '@/model/relations';
import { selectionFromIds } from '@/model/selection';
import { useUi } from '@/store/store';
import { CanvasLists } from './canvas-lists';
import type { Emphasis, Palette } from './canvas-types';
import { createCanvasScene, type CanvasScene } from './canvas-scene';
import { drawnCopy } from './canvas-snapshot';
import { neighbourhood, selectedKeyOf } from '../view/emphasis';
import { createEngine, type GraphEngine } from '../engine/engine';
import { Legend } from '../chrome/legend';
import { FAMILY_OF } from '../view/palette';
import { legendEntries, usePublishPort, type OnPort } from '../chrome/port';
import { startPositions } from '../engine/layout-start';
import { layoutInWorker, sizeClass } from '../engine/size-class';
import { workerRunner } from '../engine/sim-worker-runner';
import { prefersReducedMotion } from '../view/motion';
import { ZoomControls, type ZoomActions as Controls } from '../chrome/zoom-controls';
import '../chrome/filtered.css';
import '../chrome/graph.css';
import './graph-canvas.css';

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

export function GraphCanvas({ index, onPort }: { index: GraphIndex; onPort?: OnPort }) {
  const { nodes, edges } = index.data;
  const t = useT();
  const sectionRef = useRef<HTMLElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scene = useRef<CanvasScene | null>(null);
  const engine = useRef<GraphEngine | null>(null);
  const palette = useRef<Palette | null>(null);
  const focused = useRef<string | null>(null);
  const selectedKey = selectedKeyOf(useUi((s) => s.selection));
  const hovered = useUi((s) => s.hovered);
  const theme = useUi((s) => s.theme);
  const filters = useUi((s) => s.filters);
  const shown = useMemo(() => visibleElements(index, filters).has, [index, filters]);
  const labels = useMemo(() => new Map(nodes.map((n) => [n.id, n.short ?? n.label])), [nodes]);
  const emphasis = useRef<Emphasis | null>(null);
  const emphasise = () => {
    emphasis.current = {
      selected: selectedKey,
      hovered,
      focused: focused.current,
      near: neighbourhood(index, hovered ?? selectedKey),
      shown,
      labels,
      lineLabel: (key) => {
        const e = index.edge.get(key);
        return e?.label ?? '';
      },
      strength: index.strength,
    };
    scene.current?.repaint();
  };
  const emphasiseRef = useRef(emphasise);
  useEffect(() => {
    emphasiseRef.current = emphasise;
  });

  // Engine, worker and scene: set up once per graph.
  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    const large = sizeClass(nodes.length) === 'large';
    // No Worker (a very old engine): the large layout animates on this thread instead. In a
    // worker, this thread needs only where the layout starts, not the simulation's chunk.
    const e = createEngine(
      nodes,
      edges,
      layoutInWorker(nodes.length)
        ? { runner: workerRunner, start: startPositions(nodes, edges) }
        : {},
    );
    palette.current = readPalette(canvas);
    emphasiseRef.current();
    // The scene reports rests from its first resize, before it is returned: publish then too.
    let made: CanvasScene | null = null;
    const s = createCanvasScene(canvas, e, {
      wheel: () => !useUi.getState().embed,
      palette: () => palette.current!,
      emphasis: () => emphasis.current!,
      onSelect: (ids) => useUi.getState().select(ids && selectionFromIds(ids)),
      onHover: (key) => useUi.getState().hover(key),
      onSettled: () => made && publishPoints(sectionRef.current, made),
    });
    engine.current = e;
    scene.current = s;
    // Large graphs lay out in the worker, animated unless motion is reduced; curated-size
    // ones (the painter asked for by ?painter=canvas) settle here before the first paint.
    const animate = large && !prefersReducedMotion();
    canvas.dataset.layout = large ? 'running' : 'settled';
    made = s;
    e.start(animate);
    s.fit();
    publishPoints(sectionRef.current, s);
    return () => {
      s.destroy();
      e.stop();
      engine.current = null;
      scene.current = null;
    };
  }, [nodes, edges]);

  // Selection, hover, filters and theme change what is drawn, never the layout.
  useEffect(() => {
    if (canvasRef.current) palette.current = readPalette(canvasRef.current);
    emphasiseRef.current();
  }, [selectedKey, hovered, shown, theme, index]);

  const controls = useMemo<Controls>(
    () => ({
      zoomIn: () => scene.current?.zoomIn(),
      zoomOut: () => scene.current?.zoomOut(),
      fit: (animate) => scene.current?.fit(animate),
      view: () => scene.current?.view() ?? { x: 0, y: 0, k: 1 },
    }),
    [],
  );
  const port = useMemo<GraphPort>(
    () => ({
      snapshot() {
        const [e, s, p] = [engine.current, scene.current, palette.current];
        if (!e || !s || !p || !canvasRef.current?.getClientRects().length) return null;
        return {
          world: drawnCopy(e.layout, p, labels, index.strength),
          styled: true,
          view: s.view(),
          bounds: boundsOf(e),
          legend: legendEntries(sectionRef.current),
          styleRoot: canvasRef.current,
        };
      },
      focus(key) {
        const button = listButton(sectionRef.current, key);
        button?.focus({ preventScroll: true });
        return !!button;
      },
    }),
    [labels, index],
  );
  usePublishPort(onPort, port);

  const onFocusKey = useMemo(
    () => (key: string | null) => {
      focused.current = key;
      useUi.getState().hover(key);
      emphasiseRef.current();
    },
    [],
  );

  // New buttons learn where their element is drawn (while the layout runs, its rest will say).
  const onListed = useMemo(
    () => () => {
      if (!scene.current || canvasRef.current?.dataset.layout === 'running') return;
      publishPoints(sectionRef.current, scene.current);
    },
    [],
  );

  return (
    <section className="graph graph--canvas" id="map" aria-label={t.graph.region} ref={sectionRef}>
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        role="img"
        aria-label={t.graph.canvasLabel(nodes.length, edges.length)}
      />
      <CanvasLists
        index={index}
        shown={shown}
        selectedKey={selectedKey}
        onFocusKey={onFocusKey}
        onListed={onListed}
      />
      <ZoomControls controls={controls} />
      <Legend data={index.data} />
    </section>
  );
}

function boundsOf(e: GraphEngine) {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of e.layout.nodes) {
    x0 = Math.min(x0, n.x - n.r - 24);
    y0 = Math.min(y0, n.y - n.r - 24);
    x1 = Math.max(x1, n.x + n.r + 24);
    y1 = Math.max(y1, n.y + n.r + 24);
  }
  return { x0, y0, x1, y1 };
}

function listButton(root: Element | null, key: string) {
  return root?.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`) ?? null;
}

/**
 * Writes where each listed element is drawn (data-at, canvas pixels) once the view or the layout
 * comes to rest: a pointer (or a test) can find on the canvas what the list names. In slices of
 * 1,000 elements a task, so 11,000 buttons of a large graph never block the page; a newer call
 * supersedes one still under way.
 */
let publishing = 0;
function publishPoints(root: Element | null, s: CanvasScene) {
  const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('button[data-key]') ?? [])];
  const run = ++publishing;
  const slice = (from: number) => {
    if (run !== publishing) return;
    for (const b of buttons.slice(from, from + 1000)) {
      const p = s.screenPoint(b.dataset.key!);
      if (p) b.dataset.at = `${p[0].toFixed(0)},${p[1].toFixed(0)}`;
    }
    if (from + 1000 < buttons.length) setTimeout(() => slice(from + 1000), 0);
  };
  slice(0);
}
