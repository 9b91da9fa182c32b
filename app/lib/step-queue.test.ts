import { describe, expect, it } from 'vitest';
import { createStepQueue } from './step-queue';

/** A queue whose frames are drawn by hand. */
function manual() {
  const frames: (() => void)[] = [];
  const queue = createStepQueue((run) => frames.push(run));
  const frame = () => frames.splice(0).forEach((run) => run());
  return { queue, frame, pending: () => frames.length };
}

describe('createStepQueue', () => {
  it('runs one step a frame, in the order they were queued', () => {
    const { queue, frame } = manual();
    const ran: string[] = [];
    queue.enqueue(() => ran.push('a1'));
    queue.enqueue(() => ran.push('b1'));
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['a1']);
    queue.enqueue(() => ran.push('a2'));
    frame();
    expect(ran).toEqual(['a1', 'b1']);
    frame();
    expect(ran).toEqual(['a1', 'b1', 'a2']);
  });

  it('drops a step taken out before its turn, and stops asking for frames when empty', () => {
    const { queue, frame, pending } = manual();
    const ran: string[] = [];
    const cancel = queue.enqueue(() => ran.push('gone'));
    queue.enqueue(() => ran.push('kept'));
    cancel();
    frame();
    expect(ran).toEqual(['kept']);
    frame();
    expect(pending()).toBe(0);
    queue.enqueue(() => ran.push('later'));
    frame();
    expect(ran).toEqual(['kept', 'later']);
  });
});
