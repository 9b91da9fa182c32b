// Where the simulation runs, as the engine sees it: on this thread (simulation.ts) or in a Web
// Worker (sim-worker-runner.ts). Its own module so that the runners and the engine that picks
// one import it, not each other.
import type { Layout, LayoutNode } from './layout';

/** Where the simulation runs. Callbacks: `move` after positions change, `rest` when it stops. */
export interface SimRunner {
  /** Runs from this heat to rest; `quiet` reports only the rest (reduced motion). */
  run(alpha: number, quiet: boolean): void;
  /** A drag keeps the layout warm (target > 0); 0 lets it cool and stop. */
  heat(alphaTarget: number): void;
  /** Pins a node at a point (dragging), or releases it (null). */
  pin(node: LayoutNode, at: { x: number; y: number } | null): void;
  stop(): void;
}
export type RunnerFactory = (layout: Layout, on: { move(): void; rest(): void }) => SimRunner;
