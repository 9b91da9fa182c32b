// Issue 25: every name on the map meets WCAG AA for text (4.5:1), dimmed or not, in every
// theme, in the reading view and presenting; and the presenter's buttons and the passages'
// captions are large enough to read at 1920×1080. Measured as drawn: each name's computed
// colour, faded by the opacity of everything around it, against what is behind it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

/** The lowest contrast among the map's visible names, with the names under 4.5:1. */
function measure(page: Page) {
  return page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const ground = rgb(getComputedStyle(document.body).backgroundColor);
    const low: string[] = [];
    let min = Infinity;
    for (const el of document.querySelectorAll<SVGTextElement>('.graph .node-label')) {
      if (!el.getClientRects().length || getComputedStyle(el).display === 'none') continue;
      let alpha = 1;
      for (let n: Element | null = el; n && !n.matches('svg'); n = n.parentElement)
        alpha *= Number(getComputedStyle(n).opacity);
      const node = el.closest('.node')!;
      // The hub's name sits on its disc unless placement moved it out.
      const behind =
        node.matches('.node--focal') && !el.hasAttribute('data-outside')
          ? rgb(getComputedStyle(node.querySelector('.node-shape')!).fill)
          : ground;
      const ink = rgb(getComputedStyle(el).fill).map(
        (v, i) => v * alpha + behind[i]! * (1 - alpha),
      );
      const r = ratio(ink, behind);
      min = Math.min(min, r);
      if (r < 4.5) low.push(`${el.textContent} ${r.toFixed(2)}:1`);
    }
    return { min, low };
  });
}

for (const theme of ['light', 'dark', 'contrast']) {
  for (const [surface, url, width, height] of [
    ['reading', '?select=kazakhstan,russia', 1280, 800],
    ['presenting', '?tour=classroom&step=2&present=1', 1920, 1080],
  ] as const) {
    test(`${surface}, ${theme} theme: every name on the map, dimmed or not, at 4.5:1 or more`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./${url}&theme=${theme}`);
      await expect(page.locator('.graph .node.is-dim').first()).toBeAttached();
      const { min, low } = await measure(page);
      expect(low, `lowest ${min.toFixed(2)}:1`).toEqual([]);
    });
  }
}

test('at 1920×1080 the presenter’s buttons and the passages’ captions are large enough', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?tour=classroom&step=2&present=1');
  const tour = page.getByRole('region', { name: 'Guided tour' });
  await expect(tour.getByRole('button', { name: 'Next →' })).toBeVisible();
  const px = (sel: string) =>
    page.evaluate(
      (s) => [...document.querySelectorAll(s)].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      sel,
    );
  await expect(page.locator('figcaption').first()).toBeVisible();
  const buttons = await tour
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...buttons)).toBeGreaterThanOrEqual(20);
  expect(
    Math.min(...(await px('figcaption .caption-line, figcaption .cite-line'))),
  ).toBeGreaterThanOrEqual(20);
});
