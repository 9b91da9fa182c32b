// The page's main-thread tasks from a Chromium trace, by the CPU time the thread spent in each
// (`tdur`), not the wall time the Long Tasks API reports. On a machine shared with other work a
// task's wall time includes the moments the thread waited for a core (a 20 ms paint measured
// 240 ms at a load of 10), so "no task over 50 ms" can only be told apart from the load by CPU.
// Printed beside the wall-time figures, never asserted.

/** What to trace: tasks and the page's navigation (the origin of performance.now()). */
export const TASK_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * The main-thread tasks that started between `fromMs` and `toMs` (the page's performance.now()):
 * how many used over 50 ms of CPU, and the most any used. Null without the page's navigation.
 */
export function tasksByCpu(trace, fromMs, toMs) {
  const { traceEvents: events } = typeof trace === 'string' ? JSON.parse(trace) : trace;
  // The page's own navigation (not the blank page before it), on its main thread.
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL);
  if (!nav) return null;
  const cpu = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid)
    .filter((e) => {
      const at = (e.ts - nav.ts) / 1000;
      return at >= fromMs && at <= toMs;
    })
    .map((e) => (e.tdur ?? 0) / 1000);
  return { over50: cpu.filter((ms) => ms > 50).length, longestMs: Math.max(0, ...cpu) };
}
