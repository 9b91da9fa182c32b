// The force simulation of a large graph, off the main thread: d3-force unchanged, with the
// same forces as on the main thread (simulation.ts createSimulation). It ticks in a loop that
// yields between ticks, so pins from a drag arrive between any two, and posts positions after
// each tick (only at rest when motion is reduced).
import type { SimulationLinkDatum } from 'd3-force';
import { createSimulation, type SimNode } from './simulation';
import type { FromWorker, ToWorker } from './sim-protocol';

type Link = SimulationLinkDatum<SimNode>;
let sim: ReturnType<typeof createSimulation<SimNode, Link>> | null = null;
let nodes: SimNode[] = [];
let looping = false;
let quiet = false;

function post(rest: boolean) {
  const xy = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    xy[2 * i] = n.x ?? 0;
    xy[2 * i + 1] = n.y ?? 0;
  });
  const message: FromWorker = { type: 'positions', xy, rest };
  (self as unknown as Worker).postMessage(message, [xy.buffer]);
}

function loop() {
  if (!sim) return;
  sim.tick();
  const rest = sim.alpha() < sim.alphaMin();
  if (!quiet || rest) post(rest);
  if (rest) {
    looping = false;
    quiet = false;
    return;
  }
  // A macrotask between ticks: messages (pins, heat) are handled before the next one.
  setTimeout(loop, 0);
}

function wake() {
  if (looping) return;
  looping = true;
  setTimeout(loop, 0);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    nodes = Array.from(m.r, (r, i) => {
      const x = m.xy[2 * i]!;
      const y = m.xy[2 * i + 1]!;
      const focal = m.focal[i] === 1;
      return { r, focal, x, y, ...(focal ? { fx: x, fy: y } : {}) };
    });
    const links: Link[] = [];
    for (let i = 0; i < m.links.length; i += 2) {
      links.push({ source: m.links[i]!, target: m.links[i + 1]! });
    }
    sim = createSimulation(nodes, links, m.seed);
  } else if (!sim) {
    return;
  } else if (m.type === 'run') {
    sim.alpha(m.alpha);
    quiet = m.quiet;
    wake();
  } else if (m.type === 'heat') {
    sim.alphaTarget(m.target);
    if (m.target > 0) wake();
  } else {
    const n = nodes[m.i];
    if (!n) return;
    n.fx = Number.isNaN(m.x) ? null : m.x;
    n.fy = Number.isNaN(m.y) ? null : m.y;
  }
};
