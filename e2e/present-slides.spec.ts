// Issue 25: a teacher presents with a clicker. One press is one step; each step is a slide with
// its claim and the one to three passages that carry it, large and above the fold; "All
// passages" is a separate, visible button; a prepared link opens what it names; a click on the
// map does not take the clicker's keys; Escape comes back to the step, not out of presenting.
// Measured as a person sees it: boxes on the screen, presses counted.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { data, expect, graph, label, panel, test } from './fixtures';

interface Tours {
  tours: { id: string; steps: { select: string[] }[] }[];
}
const tours = JSON.parse(
  readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8'),
) as Tours;
const steps = tours.tours.find((t) => t.id === 'classroom')!.steps;

const tourBar = (page: Page) => page.getByRole('region', { name: 'Guided tour' });
const heading = (select: string[]) => select.map(label).join(' – ');

/** How many passages the step's selection has (an edge's, or a node's about itself). */
function passageCount(select: string[]): number {
  const [a, b] = select;
  const rows = data as unknown as {
    nodes: { id: string; passages?: unknown[] }[];
    edges: { source: string; target: string; passages: unknown[] }[];
  };
  if (!b) return rows.nodes.find((n) => n.id === a)!.passages?.length ?? 0;
  const e = rows.edges.find(
    (x) => (x.source === a && x.target === b) || (x.source === b && x.target === a),
  )!;
  return e.passages.length;
}

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

/** The slide as it stands: its key passages, where they are, and the "All passages" button. */
async function expectSlide(page: Page, n: number, height: number, minFont: number) {
  const step = steps[n - 1]!;
  await expect(page).toHaveURL(new RegExp(`step=${n}(&|$)`));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(heading(step.select));
  const quotes = panel(page).locator('blockquote');
  await expect(quotes.first()).toBeVisible();
  const total = passageCount(step.select);
  const shown = await quotes.count();
  expect(shown).toBeGreaterThanOrEqual(1);
  expect(shown).toBeLessThanOrEqual(Math.min(3, total));
  // Every key passage's words are on screen, the first one whole, with nothing scrolled.
  const boxes = await quotes.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, font: parseFloat(getComputedStyle(el).fontSize) };
    }),
  );
  for (const b of boxes) {
    expect(b.top).toBeGreaterThan(0);
    expect(b.bottom, `step ${n}: a quotation ends below the fold`).toBeLessThanOrEqual(height);
    expect(b.font).toBeGreaterThanOrEqual(minFont);
  }
  expect(
    await panel(page)
      .locator('.panel-body')
      .evaluate((el) => el.scrollTop),
  ).toBe(0);
  const all = panel(page).getByRole('button', { name: `All ${total} passages` });
  if (shown < total) await expect(all).toBeInViewport({ ratio: 1 });
  else await expect(all).toHaveCount(0);
}

for (const [width, height, minFont] of [
  [1920, 1080, 30],
  [1280, 720, 20],
] as const) {
  test(`at ${width}×${height} one clicker press is one step, each a slide above the fold`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.goto('./?present=1&tour=classroom&step=1');
    await expectSlide(page, 1, height, minFont);
    const keys = ['PageDown', 'ArrowRight', ' ', 'n', 'ArrowDown'];
    for (let n = 2; n <= steps.length; n++) {
      await page.keyboard.press(keys[n % keys.length]!);
      await expectSlide(page, n, height, minFont);
    }
    // And back, one press a step.
    await page.keyboard.press('PageUp');
    await expectSlide(page, steps.length - 1, height, minFont);
  });
}

test('“All passages” shows every passage; the next press moves on to the next slide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&tour=classroom&step=2');
  const total = passageCount(steps[1]!.select);
  await panel(page)
    .getByRole('button', { name: `All ${total} passages` })
    .click();
  await expect(panel(page).locator('blockquote')).toHaveCount(total);
  // The clicked button keeps focus, but Space is the clicker's: it moves on, once.
  await page.keyboard.press(' ');
  await expectSlide(page, 3, 1080, 30);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2, 1080, 30);
});

test('prepared links open exactly the step or the selection they name', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const china = steps.findIndex((s) => s.select.join(',') === 'kazakhstan,china') + 1;
  await page.goto('./?present=1&select=kazakhstan,china');
  await expect(tourBar(page)).toContainText(`Step ${china} of ${steps.length}`);
  await expectSlide(page, china, 1080, 30);
  await expect(page).toHaveURL(/present=1/);

  await page.goto('./?present=1&tour=classroom&step=5');
  await expectSlide(page, 5, 1080, 30);

  // A selection no step shows is presented alone; Next opens the tour.
  await page.goto('./?present=1&select=kazakhstan,nato');
  const alone = page.getByRole('region', { name: 'Presentation' });
  await expect(alone).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    heading(['kazakhstan', 'nato']),
  );
  await expect(page).toHaveURL(/select=kazakhstan,nato/);
  await expect(page).not.toHaveURL(/tour=/);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 1, 1080, 30);
});

test('a click on the map does not take the clicker; Escape comes back to the step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&tour=classroom&step=2');
  await expectSlide(page, 2, 1080, 30);
  await graph(page)
    .getByRole('button', { name: label('china'), exact: true })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(label('china'));
  // Right and Left are the clicker's, not the map's.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, 1080, 30);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 2, 1080, 30);
  // Escape: back to the step's selection, still presenting, focus on the tour.
  await graph(page)
    .getByRole('button', { name: label('china'), exact: true })
    .click();
  await page.keyboard.press('Escape');
  await expectSlide(page, 2, 1080, 30);
  await expect(page).toHaveURL(/present=1/);
  await expect(tourBar(page)).toBeFocused();
  await expect(page.getByRole('banner')).toBeHidden();
  // Tabbing into the map is the explicit move that gives it the arrow keys.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await graph(page).evaluate((g) => g.contains(document.activeElement))) break;
  }
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  const before = await focused();
  expect(before).toBeTruthy();
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).not.toBe(before);
  await expect(page).toHaveURL(/step=2(&|$)/);
});

for (const lang of ['en', 'ru', 'kk']) {
  test(`on a 1280×800 laptop (${lang}) the first quotation is above the fold`, async ({ page }) => {
    await page.goto(`./?select=kazakhstan,russia&lang=${lang}`);
    const quote = page.getByRole('complementary').locator('blockquote').first();
    await expect(quote).toBeVisible();
    const q = (await quote.boundingBox())!;
    expect(q.y + 48, `first quotation at y = ${q.y}`).toBeLessThanOrEqual(800);
  });
}
