// The graph engine: one plain-TS object that owns the layout and its simulation, the drag
// policy and the listeners the painters redraw on (hit-testing by geometry is hit-test.ts,
// which only the canvas needs: SVG elements are their own hit targets). Two thin painters draw it: SVG
// elements for curated maps (graph-view.tsx), a canvas for large graphs (graph-canvas.tsx).
// Where the simulation runs is a strategy: on this thread for curated maps (settled before the
// first paint), in a Web Worker for large ones (sim-worker-runner.ts), so neither painter
// knows. Modelled on vasturiano's force-graph, whose one kapsule feeds both its renderers.
import type { GraphEdge, GraphNode } from '@/model/schema';
import { createLayout, type Layout, type LayoutNode, type Positions } from './layout';
import type { RunnerFactory, SimRunner } from './runner';
import { sizeClass, type SizeClass } from './size-class';

type SimulationModule = typeof import('./simulation');
let simulation: SimulationModule | undefined;
let loading: Promise<SimulationModule> | undefined;

/**
 * Loads d3-force and the forces (simulation.ts), once. The shipped map needs it only when someone
 * drags (the build laid it out), so it is not part of the first view; a map the build did not lay
 * out waits for it before it is drawn (graph.tsx), and is then settled before the first paint.
 */
export function loadSimulation(): Promise<SimulationModule> {
  return (loading ??= import('./simulation').then((m) => (simulation = m)));
}
export const simulationLoaded = () => simulation !== undefined;

/**
 * The simulation on this thread (simulation.ts), made when first needed. Once its chunk is loaded
 * every call acts at once (a quiet layout settles synchronously); before that, calls wait for it
 * in order, so a drag begun before d3-force arrived is played as soon as it does.
 */
const mainThread: RunnerFactory = (layout, on) => {
  let runner: SimRunner | undefined;
  // A stop drops what still waits for the chunk (an effect's cleanup); a later call acts again.
  let stops = 0;
  const act = (f: (r: SimRunner) => void) => {
    runner ??= simulation?.mainThreadRunner(layout, on);
    if (runner) return f(runner);
    const at = stops;
    void loadSimulation().then(() => at === stops && act(f));
  };
  return {
    run: (alpha, quiet) => act((r) => r.run(alpha, quiet)),
    heat: (target) => act((r) => r.heat(target)),
    pin: (node, at) => act((r) => r.pin(node, at)),
    stop() {
      stops++;
      runner?.stop();
    },
  };
};

export interface EngineOptions {
  /** A finished layout (the build's, for the shipped map): nothing settles or moves at start. */
  positions?: Positions;
  /**
   * Where a map nothing has laid out starts (layout-start.ts), for a runner that lays it out
   * elsewhere (the worker): then this thread never loads the simulation's chunk.
   */
  start?: Positions;
  runner?: RunnerFactory;
}

export interface GraphEngine {
  readonly layout: Layout;
  readonly size: SizeClass;
  /** True while the simulation runs (animated layout, or a drag). */
  running(): boolean;
  /** Positions changed (a tick, a drag); returns the unsubscribe. */
  onMove(fn: () => void): () => void;
  /** The simulation came to rest. */
  onRest(fn: () => void): () => void;
  /**
   * Lays the graph out, animated or (reduced motion, curated maps) reported only at rest; on
   * this thread a quiet layout is settled synchronously, before the first paint.
   */
  start(animate: boolean): void;
  dragStart(node: LayoutNode): void;
  dragTo(node: LayoutNode, x: number, y: number): void;
  dragEnd(node: LayoutNode): void;
  node(id: string): LayoutNode | undefined;
  /** Stops the simulation (an effect's cleanup; a worker is ended). */
  stop(): void;
}

export function createEngine(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
  options: EngineOptions = {},
): GraphEngine {
  // A map the build did not lay out starts where layout-start.ts puts it: the simulation's chunk.
  if (!options.positions && !options.start && !simulation)
    throw new Error('A map to lay out needs the simulation first (loadSimulation)');
  const layout = options.positions
    ? createLayout(graphNodes, graphEdges, options.positions)
    : options.start
      ? createLayout(graphNodes, graphEdges, options.start, false)
      : simulation!.freshLayout(graphNodes, graphEdges);
  const size = sizeClass(graphNodes.length);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const moves = new Set<() => void>();
  const rests = new Set<() => void>();
  let running = false;
  let drags = 0;
  const runner = (options.runner ?? mainThread)(layout, {
    move: () => moves.forEach((f) => f()),
    rest: () => {
      running = false;
      rests.forEach((f) => f());
    },
  });
  const listen = (set: Set<() => void>) => (fn: () => void) => {
    set.add(fn);
    return () => void set.delete(fn);
  };

  return {
    layout,
    size,
    running: () => running,
    onMove: listen(moves),
    onRest: listen(rests),
    start(animate) {
      if (options.positions) return; // already laid out
      running = true;
      runner.run(1, !animate);
    },
    // Dragging pins the node (fx, fy) and keeps the simulation warm; the drop releases it,
    // except the focal node, which stays where it is put (force-graph's policy).
    dragStart(node) {
      if (!drags++) {
        running = true;
        runner.heat(0.25);
      }
      runner.pin(node, { x: node.x, y: node.y });
    },
    dragTo(node, x, y) {
      runner.pin(node, { x, y });
    },
    dragEnd(node) {
      if (!--drags) runner.heat(0);
      drags = Math.max(0, drags);
      runner.pin(node, node.focal ? { x: node.x, y: node.y } : null);
    },
    node: (id) => byId.get(id),
    stop() {
      running = false;
      runner.stop();
    },
  };
}
