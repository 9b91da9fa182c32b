// d3-force: the forces (the same on the main thread and in the worker), settling a layout, the
// main-thread runner, and the settled positions the build ships. Not part of the first view: the
// shipped map comes laid out by the build, so this chunk loads when someone is about to drag
// (with the pointer interaction, use-svg-engine.ts) or before a map the build did not lay
// out is drawn (graph.tsx). engine.ts loads it (`loadSimulation`).
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { GraphEdge, GraphNode } from '@/model/schema';
import type { RunnerFactory } from './runner';
import { createLayout, type Layout, type LayoutLink, type LayoutNode } from './layout';
import { seededRandom, startPositions } from './layout-start';
import { layoutSignature, type ShippedLayout } from './shipped-layout';
import { sizeClass } from './size-class';

/**
 * Ticks for the simulation to cool (alpha from 1 to its minimum): 300 for curated graphs, 170 for
 * large ones up to about 1,700 nodes, then fewer with size, down to 100 from 5,000 nodes, where
 * one tick costs tens of milliseconds and the radial start leaves less to untangle.
 */
export function coolingTicks(nodeCount: number): number {
  if (sizeClass(nodeCount) === 'curated') return 300;
  return Math.round(Math.min(170, Math.max(100, 170 * Math.sqrt(1000 / nodeCount) * 1.3)));
}

/** What the forces need of a node, so the worker can simulate without the layout's extras. */
export interface SimNode extends SimulationNodeDatum {
  r: number;
  focal: boolean;
}

/** The forces, the same on the main thread and in the worker (sim.worker.ts). */
export function createSimulation<N extends SimNode, L extends SimulationLinkDatum<N>>(
  nodes: N[],
  links: L[],
  seed = 7,
): Simulation<N, L> {
  const large = sizeClass(nodes.length) === 'large';
  const focal = (l: L) => (l.source as N).focal || (l.target as N).focal;
  return (
    forceSimulation<N, L>(nodes)
      .randomSource(seededRandom(seed))
      .force(
        'link',
        forceLink<N, L>(links)
          .distance((l) => (focal(l) ? 215 : 120))
          .strength((l) => (focal(l) ? 0.7 : 0.35)),
      )
      .force(
        'charge',
        forceManyBody<N>()
          .strength(large ? -30 : -900)
          .distanceMax(large ? 200 : 900)
          .theta(large ? 1.2 : 0.9),
      )
      .force('collide', forceCollide<N>((n) => n.r + (large ? 2 : 34)).iterations(large ? 1 : 2))
      .force('x', forceX<N>(0).strength(large ? 0.01 : 0.04))
      .force('y', forceY<N>(0).strength(large ? 0.015 : 0.06))
      // Large graphs cool in fewer ticks (see coolingTicks): the animated layout stops (and the
      // page goes idle) sooner, at the cost of a little polish nobody sees among 1,000 nodes.
      .alphaDecay(1 - Math.pow(0.001, 1 / coolingTicks(nodes.length)))
      .stop()
  );
}

const simulations = new WeakMap<Layout, Simulation<LayoutNode, LayoutLink>>();

/**
 * The layout's one simulation, stopped, made on first use. A layout started from finished
 * positions (the build's) starts cool, so nothing moves until someone drags.
 */
export function simulationOf(layout: Layout): Simulation<LayoutNode, LayoutLink> {
  let sim = simulations.get(layout);
  if (!sim) {
    sim = createSimulation(layout.nodes, layout.links, layout.seed);
    if (layout.atRest) sim.alpha(sim.alphaMin());
    simulations.set(layout, sim);
  }
  return sim;
}

/** Runs the simulation to rest without drawing: for reduced motion and for the first paint. */
export function settle(layout: Layout, maxTicks = 400): number {
  const sim = simulationOf(layout);
  let ticks = 0;
  while (sim.alpha() > sim.alphaMin() && ticks < maxTicks) {
    sim.tick();
    ticks++;
  }
  return ticks;
}

/** A map nothing has laid out, at its start (layout-start.ts), ready to settle or animate. */
export function freshLayout(graphNodes: GraphNode[], graphEdges: GraphEdge[], seed = 7): Layout {
  return createLayout(graphNodes, graphEdges, startPositions(graphNodes, graphEdges), false, seed);
}

/**
 * The settled layout of a graph, by node id, rounded to a tenth: what the build ships with the
 * map so the browser does no layout for it. Pure and deterministic (Node or browser).
 */
export function settledPositions(
  graphNodes: GraphNode[],
  graphEdges: GraphEdge[],
): Map<string, { x: number; y: number }> {
  const layout = freshLayout(graphNodes, graphEdges);
  settle(layout);
  const r = (v: number) => Math.round(v * 10) / 10;
  return new Map(layout.nodes.map((n) => [n.id, { x: r(n.x), y: r(n.y) }]));
}

/** Build time: the shipped map's settled, seeded layout, as JSON (shipped-layout.ts). */
export function computeShippedLayout(nodes: GraphNode[], edges: GraphEdge[]): ShippedLayout {
  const settled = settledPositions(nodes, edges);
  const positions = Object.fromEntries(
    [...settled].map(([id, p]) => [id, [p.x, p.y] as [number, number]]),
  );
  return { signature: layoutSignature(nodes, edges), positions };
}

/**
 * The simulation on this thread: settled in one go before the first paint (curated maps), or
 * animated by d3-force's own timer where there is no Web Worker to run a large one.
 */
export const mainThreadRunner: RunnerFactory = (layout, on) => {
  const sim = simulationOf(layout);
  sim.on('tick.engine', on.move).on('end.engine', on.rest);
  return {
    run(alpha, quiet) {
      sim.alpha(alpha);
      if (quiet) {
        settle(layout);
        on.move();
        on.rest();
      } else sim.restart();
    },
    heat: (target) => void (target ? sim.alphaTarget(target).restart() : sim.alphaTarget(0)),
    pin(node, at) {
      node.fx = at?.x ?? null;
      node.fy = at?.y ?? null;
    },
    stop: () => void sim.stop(),
  };
};
