import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@/model/schema';
import { syntheticGraph } from '../../../../scripts/bench/synthetic.mjs';
import { fitView, LABEL_PX } from './fit-view';
import { crosses, nodeBox, overlaps } from './geometry';
import type { Placement } from './label-placement';
import { placeRelationLabel } from './relation-labels';
import type { Layout } from '../engine/layout';
import { freshLayout, settle } from '../engine/simulation';

const shipped = JSON.parse(
  readFileSync(new URL('../../../../data/graph.json', import.meta.url), 'utf8'),
) as { nodes: GraphNode[]; edges: GraphEdge[] };

/** The map's box on each surface (the page around it takes the rest) and its label minimum. */
const SURFACES = [
  { name: 'phone 390×844', width: 390, height: 400, minPx: 12 },
  { name: 'phone, evidence open', width: 390, height: 280, minPx: 12 },
  { name: 'embed 360×560', width: 360, height: 470, minPx: 12 },
  { name: 'embed 640×560', width: 640, height: 470, minPx: 12 },
  { name: 'desktop 1280×800', width: 820, height: 560, minPx: 12 },
  { name: 'presentation 1920×1080', width: 990, height: 560, minPx: 23 },
];

function settled(nodes: GraphNode[], edges: GraphEdge[]): Layout {
  const layout = freshLayout(nodes, edges);
  settle(layout);
  return layout;
}

/** Every collision between labels, and between a label and a node it does not belong to. */
function collisions(layout: Layout, placement: Placement): string[] {
  const out: string[] = [];
  const labels = [...placement].filter(([, l]) => !l.hidden);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlaps(labels[i]![1], labels[j]![1])) out.push(`${labels[i]![0]}×${labels[j]![0]}`);
    }
    for (const n of layout.nodes) {
      const [id, label] = labels[i]!;
      if (id === n.id && label.inside) continue;
      if (overlaps(label, nodeBox(n))) out.push(`${id}×node ${n.id}`);
    }
  }
  return out;
}

describe('label placement', () => {
  const graphs: [string, Layout][] = [
    ['the shipped map', settled(shipped.nodes, shipped.edges)],
    ...[15, 30, 60].map((n): [string, Layout] => {
      const g = syntheticGraph(n, 3) as { nodes: GraphNode[]; edges: GraphEdge[] };
      return [`a synthetic map of ${n}`, settled(g.nodes, g.edges)];
    }),
  ];

  for (const [name, layout] of graphs) {
    for (const s of SURFACES) {
      it(`${name}, ${s.name}: no label covers a label or a node, and none is under the minimum`, () => {
        const started = performance.now();
        const view = fitView(layout, s.width, s.height, s.minPx);
        const ms = performance.now() - started;
        expect(collisions(layout, view.placement)).toEqual([]);
        expect(LABEL_PX * view.labelScale * view.k).toBeGreaterThanOrEqual(s.minPx - 1e-9);
        expect(view.placement.size).toBe(layout.nodes.length);
        // Every name shows on the shipped map and on small graphs; a dense graph on a small
        // screen may keep a few for hover and focus, never most of them.
        const hidden = [...view.placement.values()].filter((l) => l.hidden).length;
        if (layout.nodes.length <= 30) expect(hidden).toBe(0);
        else expect(hidden).toBeLessThanOrEqual(layout.nodes.length * 0.5);
        // Everything fits in the box (the fitted zoom really fits), unless the graph is too
        // dense for the surface.
        if (layout.nodes.length > 30) return;
        for (const b of [...view.placement.values()].filter((l) => !l.hidden)) {
          expect(b.x0 * view.k + view.x).toBeGreaterThanOrEqual(0);
          expect(b.x1 * view.k + view.x).toBeLessThanOrEqual(s.width + 1e-6);
          expect(b.y0 * view.k + view.y).toBeGreaterThanOrEqual(0);
          expect(b.y1 * view.k + view.y).toBeLessThanOrEqual(s.height + 1e-6);
        }
        console.info(`${name} ${s.name}: fit ${ms.toFixed(0)} ms, ${hidden} hidden`);
      });
    }
  }

  it('writes the focal name inside its disc when it fits, and beside it when it does not', () => {
    const layout = graphs[0]![1];
    const wide = fitView(layout, 1600, 1000, 12);
    expect(wide.placement.get('kazakhstan')?.inside).toBe(true);
    const phone = fitView(layout, 390, 400, 12);
    const hub = phone.placement.get('kazakhstan')!;
    expect(hub.inside).toBe(false);
    expect(overlaps(hub, nodeBox(layout.nodes.find((n) => n.focal)!))).toBe(false);
    // Beside means next to the disc: out on a leader, in a star, the name ran along one of the
    // hub's own lines and read as the end of that line (phones and embeds, 390 px).
    for (const [w, h] of [
      [390, 400],
      [390, 280],
      [360, 470],
      [360, 300],
    ] as const) {
      expect(fitView(layout, w, h, 12).placement.get('kazakhstan')?.leader, `${w}×${h}`).toBe(
        false,
      );
    }
  });

  it('keeps labels off the lines where there is room (the shipped map at desktop size)', () => {
    const layout = graphs[0]![1];
    const view = fitView(layout, 820, 560, 12);
    let crossing = 0;
    for (const [id, b] of view.placement) {
      for (const l of layout.links) {
        if (l.source.id === id || l.target.id === id) continue;
        if (crosses(b, l.source.x, l.source.y, l.target.x, l.target.y)) crossing++;
      }
    }
    expect(crossing).toBeLessThanOrEqual(2);
  });

  it('keeps its choices when nothing moved, so labels do not flicker while dragging', () => {
    const layout = graphs[0]![1];
    const first = fitView(layout, 820, 560, 12);
    const again = fitView(layout, 820, 560, 12, 1.5, first.placement);
    for (const [id, b] of first.placement) expect(again.placement.get(id)?.choice).toBe(b.choice);
  });
});

describe('relation label', () => {
  it('sits on its line when that is clear, and moves along or aside when a label is there', () => {
    const clear = placeRelationLabel(0, 0, 200, 0, 60, 20, [], []);
    expect([clear.cx, clear.cy]).toEqual([100, 0]);
    const blocked = placeRelationLabel(
      0,
      0,
      200,
      0,
      60,
      20,
      [],
      [{ x0: 60, y0: -15, x1: 140, y1: 15 }],
    );
    expect(overlaps(blocked, { x0: 60, y0: -15, x1: 140, y1: 15 })).toBe(false);
  });

  it('stays inside the visible frame (a line ending by the zoom buttons)', () => {
    const frame = { x0: -10, y0: -100, x1: 150, y1: 100 };
    const free = placeRelationLabel(0, 0, 200, 0, 120, 20, [], []);
    expect(free.x1).toBeGreaterThan(frame.x1);
    const kept = placeRelationLabel(0, 0, 200, 0, 120, 20, [], [], 1, frame);
    expect(kept.x0).toBeGreaterThanOrEqual(frame.x0);
    expect(kept.x1).toBeLessThanOrEqual(frame.x1);
  });

  it('takes any clear spot on the visible map when all round its line is taken', () => {
    const frame = { x0: 0, y0: 0, x1: 400, y1: 400 };
    // Names everywhere but a strip along the bottom edge.
    const crowd = [{ x0: 0, y0: 0, x1: 400, y1: 360 }];
    const at = placeRelationLabel(100, 100, 200, 100, 120, 20, [], crowd, 1, frame);
    expect(at.y0).toBeGreaterThanOrEqual(360);
    expect(at.y1).toBeLessThanOrEqual(400);
  });
});
