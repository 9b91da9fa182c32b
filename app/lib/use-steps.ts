// Long lists in steps: how many of a list's items to render so far. A large graph lists
// thousands of entities and relations (11,000 buttons at 5,000 nodes); React commits a list in
// one go and the browser lays the new items out in the same task, which took 0.5-1 s at a time
// in the middle of the layout's animation. Rendered `step` items a turn, each commit and its
// layout stay well under 50 ms, and the page keeps answering meanwhile. Every stepped list on
// the page shares one queue (step-queue.ts): one step, then a frame, then the next.
import { startTransition, useEffect, useState } from 'react';
import { afterNextFrame, createStepQueue } from './step-queue';

const queue = createStepQueue((run) => afterNextFrame(run));

/** How many of `total` items to render: all at once up to `step`, else `step` more a turn. */
export function useSteps(total: number, step: number): number {
  const [shown, setShown] = useState(() => (total <= step ? total : 0));
  useEffect(() => {
    if (shown >= total) return;
    return queue.enqueue(() => startTransition(() => setShown((n) => Math.min(total, n + step))));
  }, [shown, total, step]);
  return Math.min(shown, total);
}

/**
 * The slices [from, to) of the first `count` items, `step` long: each rendered by a memoised
 * component, so a step renders its own items, not all those before it again.
 */
export function stepSlices(count: number, step: number): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at < count; at += step) out.push([at, Math.min(count, at + step)]);
  return out;
}
