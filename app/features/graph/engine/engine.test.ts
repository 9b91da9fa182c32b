import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, loadSimulation, simulationLoaded } from './engine';
import type { RunnerFactory } from './runner';
import { edgeAt, nodeAt } from '../view/hit-test';
import { settledPositions, simulationOf } from './simulation';
import { sizeClass } from './size-class';
import { edge, node } from './test-graph';

const nodes = [node('hub', { focal: true }), node('a'), node('b'), node('c')];
const edges = [edge('hub', 'a'), edge('hub', 'b'), edge('a', 'b'), edge('hub', 'c')];

describe('sizeClass', () => {
  it('draws up to 200 nodes as a curated map and more as a large graph', () => {
    expect(sizeClass(29)).toBe('curated');
    expect(sizeClass(200)).toBe('curated');
    expect(sizeClass(201)).toBe('large');
  });
});

// First in the file: the simulation's chunk is loaded once per module graph.
describe('the engine before d3-force has loaded', () => {
  it('draws a map laid out by the build without it; a map to lay out must wait for it', async () => {
    const positions = new Map(nodes.map((n, i) => [n.id, { x: i * 100, y: 0 }]));
    const built = createEngine(nodes, edges, { positions });
    built.start(false);
    expect(built.node('a')).toMatchObject({ x: 100, y: 0 });
    await new Promise((wait) => setTimeout(wait, 50)); // time enough for an import to finish
    expect(simulationLoaded()).toBe(false);
    expect(() => createEngine(nodes, edges)).toThrow(/loadSimulation/);
    // A map laid out elsewhere (the worker) starts from where it is told, and runs there.
    const runs: number[] = [];
    const elsewhere: RunnerFactory = () => ({
      run: (alpha) => void runs.push(alpha),
      heat: () => {},
      pin: () => {},
      stop: () => {},
    });
    const start = new Map([['b', { x: 7, y: 8 }]]);
    const worked = createEngine(nodes, edges, { start, runner: elsewhere });
    worked.start(true);
    expect(worked.node('b')).toMatchObject({ x: 7, y: 8 });
    expect([worked.running(), runs]).toEqual([true, [1]]);
    expect(simulationLoaded()).toBe(false);
    // A drag begun now is held until d3-force arrives, then played in order.
    const a = built.node('a')!;
    built.dragStart(a);
    built.dragTo(a, 500, -500);
    expect([a.fx, a.fy]).toEqual([undefined, undefined]);
    await loadSimulation();
    expect([a.fx, a.fy]).toEqual([500, -500]);
    expect(simulationOf(built.layout).alphaTarget()).toBeGreaterThan(0);
    built.stop();
    // Loaded, a map to lay out is settled at once, before anything is drawn.
    const engine = createEngine(nodes, edges);
    engine.start(false);
    const sim = simulationOf(engine.layout);
    expect(sim.alpha()).toBeLessThan(sim.alphaMin());
  });
});

describe('the engine', () => {
  beforeAll(() => loadSimulation());

  it('settles a curated map at once, before anything is drawn', () => {
    const engine = createEngine(nodes, edges);
    engine.start(false);
    const sim = simulationOf(engine.layout);
    expect(sim.alpha()).toBeLessThan(sim.alphaMin());
    expect(engine.running()).toBe(false);
  });

  it('starts from given positions without moving anything', () => {
    const positions = settledPositions(nodes, edges);
    const moved: string[] = [];
    const engine = createEngine(nodes, edges, { positions });
    engine.onMove(() => moved.push('move'));
    engine.start(true);
    expect(moved).toEqual([]);
    for (const n of engine.layout.nodes) expect({ x: n.x, y: n.y }).toEqual(positions.get(n.id));
  });

  it('finds the node and the line under a point, and nothing beyond the tolerance', () => {
    const engine = createEngine(nodes, edges);
    engine.start(false);
    const a = engine.node('a')!;
    const b = engine.node('b')!;
    expect(nodeAt(engine.layout, a.x + a.r + 3, a.y, 6)?.id).toBe('a');
    expect(nodeAt(engine.layout, a.x + a.r + 30, a.y, 6)?.id).not.toBe('a');
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    expect(edgeAt(engine.layout, mid.x, mid.y, 4)?.key).toBe('a,b');
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const off = { x: mid.x - ((b.y - a.y) / len) * 40, y: mid.y + ((b.x - a.x) / len) * 40 };
    expect(edgeAt(engine.layout, off.x, off.y, 4)?.key).not.toBe('a,b');
  });

  it('pins a dragged node, keeps the layout warm, and releases it on drop (the focal stays)', () => {
    const engine = createEngine(nodes, edges);
    engine.start(false);
    const sim = simulationOf(engine.layout);
    const a = engine.node('a')!;
    engine.dragStart(a);
    expect(engine.running()).toBe(true);
    expect(sim.alphaTarget()).toBeGreaterThan(0);
    engine.dragTo(a, 500, -500);
    expect([a.fx, a.fy]).toEqual([500, -500]);
    engine.dragEnd(a);
    expect(sim.alphaTarget()).toBe(0);
    expect([a.fx, a.fy]).toEqual([null, null]);
    const hub = engine.node('hub')!;
    engine.dragStart(hub);
    engine.dragTo(hub, 40, 30);
    engine.dragEnd(hub);
    expect([hub.fx, hub.fy]).toEqual([hub.x, hub.y]);
    engine.stop();
  });

  it('animates on this thread where there is no worker, moving nodes tick by tick', async () => {
    const engine = createEngine(nodes, edges);
    const moved = new Promise<void>((resolve) => engine.onMove(resolve));
    engine.start(true);
    expect(engine.running()).toBe(true);
    await moved;
    expect(simulationOf(engine.layout).alpha()).toBeLessThan(1);
    engine.stop();
    expect(engine.running()).toBe(false);
  });

  it('hands an animated layout to its runner, and a reduced-motion one to run quietly', () => {
    const calls: string[] = [];
    const runner: RunnerFactory = (_layout, on) => ({
      run: (alpha, quiet) => {
        calls.push(`run ${alpha} ${quiet}`);
        on.rest();
      },
      heat: (target) => void calls.push(`heat ${target}`),
      pin: () => {},
      stop: () => void calls.push('stop'),
    });
    createEngine(nodes, edges, { runner }).start(true);
    createEngine(nodes, edges, { runner }).start(false);
    expect(calls).toEqual(['run 1 false', 'run 1 true']);
  });
});
