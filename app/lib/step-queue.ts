// One queue for every list the page adds in steps (use-steps.ts). Each list alone grew by a
// step a task, but the canvas view's lists and the evidence panel's other ties grew at once:
// their steps were rendered in the same frame, whose style, layout and pre-paint of both (at
// 5,000 nodes, 96,000 layout objects by the end) took 60-370 ms. Measured by thread CPU in a
// trace, either list alone left 4-5 frames over 50 ms and both together 27. So the lists take
// turns: one step, then a frame drawn, then the next step (of whichever list is waiting first).

export interface StepQueue {
  /** Runs `step` in its turn; the function returned takes it out of the queue if still there. */
  enqueue: (step: () => void) => () => void;
}

/** `afterFrame(run)` calls `run` once the page has drawn a frame since it was called. */
export function createStepQueue(afterFrame: (run: () => void) => void): StepQueue {
  const waiting: (() => void)[] = [];
  let busy = false;
  const pump = () => {
    const step = waiting.shift();
    busy = step !== undefined;
    if (!step) return;
    step();
    afterFrame(pump);
  };
  return {
    enqueue(step) {
      waiting.push(step);
      if (!busy) {
        busy = true;
        afterFrame(pump);
      }
      return () => {
        const at = waiting.indexOf(step);
        if (at >= 0) waiting.splice(at, 1);
      };
    },
  };
}

/**
 * After the next frame, in a task of its own (not in the frame's, which also paints the canvas).
 * A hidden page draws no frames: there, after the current task.
 */
export function afterNextFrame(run: () => void) {
  if (document.hidden) setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
