// The engine's simulation in a Web Worker (sim.worker.ts), for large graphs: the main thread
// only copies positions and paints, so dragging stays smooth and the page is never blocked
// while the layout runs. Part of the canvas painter's chunk: the shipped map never loads it.
import type { RunnerFactory } from './runner';
import type { LayoutNode } from './layout';
import type { FromWorker, ToWorker } from './sim-protocol';

export const workerRunner: RunnerFactory = (layout, on) => {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  const send = (m: ToWorker, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  const index = new Map(layout.nodes.map((n, i) => [n, i]));
  // Where a dragged node is held: drawn there at once, whatever the worker last sent.
  const held = new Map<LayoutNode, { x: number; y: number }>();

  const count = layout.nodes.length;
  const xy = new Float32Array(count * 2);
  const r = new Float32Array(count);
  const focal = new Uint8Array(count);
  layout.nodes.forEach((n, i) => {
    xy[2 * i] = n.x;
    xy[2 * i + 1] = n.y;
    r[i] = n.r;
    focal[i] = n.focal ? 1 : 0;
  });
  const links = new Uint32Array(layout.links.length * 2);
  layout.links.forEach((l, i) => {
    links[2 * i] = index.get(l.source)!;
    links[2 * i + 1] = index.get(l.target)!;
  });
  send({ type: 'init', xy, r, focal, links, seed: 7 }, [
    xy.buffer,
    r.buffer,
    focal.buffer,
    links.buffer,
  ]);

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const p = e.data.xy;
    layout.nodes.forEach((n, i) => {
      const at = held.get(n);
      n.x = at ? at.x : p[2 * i]!;
      n.y = at ? at.y : p[2 * i + 1]!;
    });
    on.move();
    if (e.data.rest) on.rest();
  };

  return {
    run: (alpha, quiet) => send({ type: 'run', alpha, quiet }),
    heat: (target) => send({ type: 'heat', target }),
    pin(node, at) {
      if (at) held.set(node, at);
      else held.delete(node);
      if (at) [node.x, node.y] = [at.x, at.y];
      send({ type: 'pin', i: index.get(node)!, x: at?.x ?? NaN, y: at?.y ?? NaN });
      on.move();
    },
    stop: () => worker.terminate(),
  };
};
