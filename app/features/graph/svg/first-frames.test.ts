import { describe, expect, it } from 'vitest';
import { shipped as shippedGraph } from '@/model/shipped-graph.fixture';
import { createRegistry, firstFrame } from './svg-writer';
import { BUTTON_RESERVE, FRAMES, firstFramesCss } from './first-frames';
import { labelScaling } from './label-scaling';
import { createLayout } from '../engine/layout';
import { shippedPositions } from '../engine/shipped-layout';
import { computeShippedLayout } from '../engine/simulation';

const { nodes, edges } = shippedGraph();
const layout = () =>
  createLayout(nodes, edges, shippedPositions(nodes, edges, computeShippedLayout(nodes, edges))!);

/** What a box of width × height shows: the viewBox (xMidYMid meet), then the frame's matrix. */
function onScreen(
  viewBox: string,
  width: number,
  height: number,
  c: number,
  tx: number,
  ty: number,
) {
  const [x, y, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
  const s = Math.min(width / w, height / h);
  const ox = (width - w * s) / 2 - x * s,
    oy = (height - h * s) / 2 - y * s;
  return { k: s * c, x: s * tx + ox, y: s * ty + oy };
}

describe('the first frames per width', () => {
  const css = firstFramesCss(layout());
  const blocks = css.split('\n');

  it('writes one media block per frame, each only while the svg has its viewBox', () => {
    expect(blocks).toHaveLength(FRAMES.length);
    for (const [i, b] of blocks.entries()) {
      expect(
        b.startsWith(`@media ${FRAMES[i]!.media}{${FRAMES[i]!.when} .graph-svg[viewBox]{`),
      ).toBe(true);
    }
  });

  it('draws labels at 12 px or more, and the app keeps each frame unmoved in its box', () => {
    const viewBox = firstFrame(layout()).viewBox;
    for (const [i, b] of blocks.entries()) {
      const [w, h] = FRAMES[i]!.box;
      const ls = Number(/--ls:([\d.]+)/.exec(b)![1]);
      const c = Number(/scale:([-\d.]+)/.exec(b)![1]);
      const [tx, ty] = /translate:(\S+) ([^}]+)}/.exec(b)!.slice(1).map(parseFloat) as number[];
      const view = onScreen(viewBox, w, h, c!, tx!, ty!);
      expect(14 * ls * view.k, FRAMES[i]!.media).toBeGreaterThanOrEqual(12 - 0.05);
      // A fresh layout each time: keep() places labels on it.
      const kept = labelScaling(layout(), createRegistry()).keep(
        view,
        w - BUTTON_RESERVE,
        h,
        w,
        undefined,
        true,
      );
      expect(kept, `${FRAMES[i]!.when} ${FRAMES[i]!.media}`).toEqual(view);
    }
  });
});
