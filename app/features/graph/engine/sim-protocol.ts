// Messages between the main thread and the layout worker (sim.worker.ts). Positions travel as
// transferable Float32Arrays (x0, y0, x1, y1, …), so a frame of 5,000 nodes is one buffer
// handed over, not copied or serialised.
export type ToWorker =
  | {
      type: 'init';
      xy: Float32Array;
      r: Float32Array;
      /** 1 for the focal node, which stays pinned where it is. */
      focal: Uint8Array;
      /** Node indices, two per link. */
      links: Uint32Array;
      seed: number;
    }
  | { type: 'run'; alpha: number; quiet: boolean }
  | { type: 'heat'; target: number }
  /** Pins node i at (x, y); NaN releases it. */
  | { type: 'pin'; i: number; x: number; y: number };

export interface FromWorker {
  type: 'positions';
  xy: Float32Array;
  /** The simulation has come to rest and stopped. */
  rest: boolean;
}
