import { describe, expect, it } from 'vitest';
import { tasksByCpu } from './task-cpu.mjs';

const nav = {
  name: 'navigationStart',
  ph: 'R',
  pid: 1,
  tid: 1,
  ts: 1_000_000,
  args: { data: { documentLoaderURL: 'http://127.0.0.1/' } },
};
/** A task starting `at` ms after navigation, `wall` ms long of which `cpu` ms on the CPU. */
const task = (at: number, wall: number, cpu: number, tid = 1) => ({
  name: 'RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts: nav.ts + at * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
});

describe('tasksByCpu', () => {
  it('counts the page thread’s tasks in the window by CPU time, not wall time', () => {
    const trace = {
      traceEvents: [
        { ...nav, ts: 10, args: { data: { documentLoaderURL: '' } } }, // the blank page before
        nav,
        task(50, 300, 20), // long on the wall, short on the CPU (the thread waited for a core)
        task(100, 90, 80),
        task(150, 60, 55, 2), // another thread
        task(400, 120, 120), // after the window
      ],
    };
    expect(tasksByCpu(trace, 0, 200)).toEqual({ over50: 1, longestMs: 80 });
    expect(tasksByCpu(JSON.stringify(trace), 0, 1000)).toEqual({ over50: 2, longestMs: 120 });
  });

  it('is null when the trace has no navigation of the page', () => {
    expect(tasksByCpu({ traceEvents: [task(1, 1, 1)] }, 0, 10)).toBeNull();
  });
});
