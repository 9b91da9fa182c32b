// The prerendered map's first frame per width, as a stylesheet the build writes. One
// markup serves every width: its viewBox fits the map to any box, with labels at their world
// size. On a phone or in an embed that draws them under their 12 px minimum, so the app had to
// refit once it ran, and the map jumped by up to 65 px. Here the build fits the map as the app
// would (fitView, the same function) for the map's box at a few widths, and writes each fit as
// CSS for the viewBox's world: the world's transform and the labels' scale (--ls), with each
// label moved to its place at that scale. The app reads the frame on screen (use-zoom.ts) and
// keeps it where its labels fit (label-scaling.ts keep), so hydrating moves no node.
// The rules hold only while the svg has its viewBox, which the app drops as it takes the frame
// over. They also apply to the map drawn from scratch (Kazakh, Russian, other data), whose
// markup has a viewBox too: the app keeps such a frame only if its own labels fit it.
// Pure: no DOM, run in Node by scripts/prerender-plugin.ts.
import { createRegistry, firstFrame } from './svg-writer';
import { fitView } from '../view/fit-view';
import { labelScaling } from './label-scaling';
import type { Layout } from '../engine/layout';

/** A page in a given state (boot.js's attributes), a range of widths, and its map's box. */
export interface FrameSpec {
  /** Selector of the page's state, e.g. `:root[data-embed]`. */
  when: string;
  /** Media query of the range of viewport widths (and heights) the frame serves. */
  media: string;
  /** The map's box (CSS px) at the narrowest viewport of the range, which the frame fits. */
  box: [number, number];
  /** Also place each label for the frame (about 120 bytes gzip a frame: the commonest only). */
  labels?: boolean;
}

/** The zoom buttons' column over the map's right edge (0.75rem + 2.5rem + 4 px, use-zoom.ts). */
export const BUTTON_RESERVE = 56;

// Within a range the picture scales with the box (the viewBox does that), so a frame fitted to
// the range's narrowest box fits the wider ones, its labels larger; where it does not (a short
// phone, a box the list does not foresee) the app refits as before.
// English only: the frames place English names; a Kazakh or Russian map is drawn from scratch
// (boot.js hides the English markup) and fits its own, longer names (a frame kept for them let
// names overlap on a 390×760 Russian phone).
const phone = 'html:not([data-embed]):not([data-boot-lang])';
const idle = `${phone}:not([data-boot-select])`;
const chosen = `${phone}[data-boot-select]`;
const embed = '[data-embed]:not([data-boot-lang])';
// Range syntax (Media Queries 4): wherever CSS nesting works, so does this, and it is shorter.
const narrow = '(360px<=width<390px)';
const wide = '(390px<=width<=720px)';
export const FRAMES: FrameSpec[] = [
  // A phone's full view: the map above the panel's sheet (34% of the height, under 167 px of
  // header and toolbar), so width-limited (the box at least 0.78 times as tall as wide).
  { when: idle, media: narrow, box: [360, 280] },
  { when: idle, media: wide, box: [390, 304], labels: true },
  // A link's selection opens the sheet at 68%: the map's box is 32% of that height,
  // height-limited.
  { when: chosen, media: `${narrow} and (height>=740px)`, box: [360, 183] },
  { when: chosen, media: `${wide} and (740px<=height<844px)`, box: [390, 183] },
  { when: chosen, media: `${wide} and (height>=844px)`, box: [390, 216] },
  // An embed's map is clamp(280px, 44vw, 300px) tall (embed.css), the legend floating on it.
  { when: embed, media: narrow, box: [360, 280] },
  { when: embed, media: '(390px<=width<637px)', box: [390, 280], labels: true },
  { when: embed, media: '(width>=637px)', box: [637, 280] },
];

const n1 = (v: number, digits = 1) => +v.toFixed(digits);
const px = (v: number) => (v ? `${v}px` : '0');

/** The stylesheet of first frames for this layout (the one the build prerenders). */
export function firstFramesCss(layout: Layout, specs: FrameSpec[] = FRAMES): string {
  const first = firstFrame(layout);
  const [vx, vy, vw, vh] = first.viewBox.split(' ').map(Number) as [number, number, number, number];
  return specs
    .map(({ when, media, box: [w, h], labels }) => {
      // Fitted as the app fits (use-zoom.ts), then checked as the app checks a frame it keeps,
      // from the numbers the stylesheet carries; a few pixels narrower where a label would
      // then take another place and leave the box (placement is sensitive to the last digit).
      const s = Math.min(w / vw, h / vh);
      for (let narrower = 0; ; narrower += 4) {
        const fit = fitView(layout, w - BUTTON_RESERVE - narrower, h, 12);
        // What the viewBox shows in this box (xMidYMid meet), undone: the fit in world units.
        const c = n1(fit.k / s, 5);
        const tx = n1((fit.x - (w - vw * s) / 2) / s + vx, 2);
        const ty = n1((fit.y - (h - vh * s) / 2) / s + vy, 2);
        const view = {
          k: s * c,
          x: s * (tx - vx) + (w - vw * s) / 2,
          y: s * (ty - vy) + (h - vh * s) / 2,
        };
        const kept = labelScaling(layout, createRegistry()).keep(
          view,
          w - BUTTON_RESERVE,
          h,
          w,
          undefined,
          true,
        );
        if (!kept && narrower <= 40) continue;
        const ls = `--ls:${fit.labelScale}`;
        const rules = [
          // translate(tx, ty) scale(c), as the individual properties compose them (shorter).
          `&>g{scale:${c};translate:${px(tx)} ${px(ty)}}`,
          // The leaders join labels as the markup placed them: the app draws them anew.
          '& .node-leader{display:none}',
        ];
        // Each label moved from where the markup placed it (at its world size) to its place in
        // this frame, or hidden where the frame has no room for it.
        for (const n of labels ? layout.nodes : []) {
          const p = fit.placement.get(n.id);
          const at = first.nodes.get(n.id)?.label;
          if (!p || !at) continue;
          const dx = Math.round(p.cx - n.x - Number(at.x)),
            dy = Math.round(p.cy - n.y - Number(at.y));
          const moved = dx || dy ? [`translate:${px(dx)} ${px(dy)}`] : [];
          if (p.hidden !== at.hidden) moved.push(`display:${p.hidden ? 'none' : 'inline'}`);
          // The focal name moved out of its disc is drawn as the others are (graph.css).
          if (n.focal && !p.inside && !at.outside) moved.push('fill:var(--ink);stroke:var(--halo)');
          if (moved.length) rules.push(`& [data-id=${n.id}] text{${moved.join(';')}}`);
        }
        // Nested rules (CSS nesting): the file is in the first view's bytes.
        return `@media ${media}{${when} .graph-svg[viewBox]{${ls};${rules.join('')}}}`;
      }
    })
    .join('\n');
}
