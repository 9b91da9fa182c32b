import { describe, expect, it } from 'vitest';
import { createRegistry, firstFrame } from './svg-writer';
import { labelScaling } from './label-scaling';
import { freshLayout, settle } from '../engine/simulation';
import { edge, node } from '../engine/test-graph';

function map() {
  const ids = ['hub', 'a', 'b', 'c', 'd', 'e'];
  const layout = freshLayout(
    ids.map((id, i) => node(id, { focal: i === 0, label: `Entity ${id}` })),
    ids.slice(1).map((id) => edge('hub', id)),
  );
  settle(layout);
  return layout;
}

/** The view a box of width × height shows of the first frame's viewBox (xMidYMid meet). */
function viewBoxView(viewBox: string, width: number, height: number) {
  const [x, y, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
  const k = Math.min(width / w, height / h);
  return { k, x: (width - w * k) / 2 - x * k, y: (height - h * k) / 2 - y * k };
}

describe('keeping the prerendered first frame', () => {
  it('keeps it, unmoved, in a box large enough for its labels at their minimum size', () => {
    const layout = map();
    const v = viewBoxView(firstFrame(layout).viewBox, 900, 700);
    expect(v.k * 14).toBeGreaterThan(12);
    expect(labelScaling(layout, createRegistry()).keep(v, 900, 700)).toEqual(v);
  });

  it('refuses it where the labels, grown to their minimum size, no longer fit', () => {
    const layout = map();
    const small = viewBoxView(firstFrame(layout).viewBox, 200, 160);
    expect(small.k * 14).toBeLessThan(12);
    expect(labelScaling(layout, createRegistry()).keep(small, 200, 160)).toBeNull();
  });

  it('refuses a view that leaves part of the map outside the box', () => {
    const layout = map();
    const v = viewBoxView(firstFrame(layout).viewBox, 900, 700);
    expect(
      labelScaling(layout, createRegistry()).keep({ ...v, x: v.x + 300 }, 900, 700),
    ).toBeNull();
  });
});
