/** What to trace for tasksByCpu (see task-cpu.mjs). */
export const TASK_CATEGORIES: string[];
/** Main-thread tasks in a window of the page's time, by CPU time (see task-cpu.mjs). */
export function tasksByCpu(
  trace: string | { traceEvents: object[] },
  fromMs: number,
  toMs: number,
): { over50: number; longestMs: number } | null;
