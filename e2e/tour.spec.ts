// A teacher steps through the guided tour with a clicker's keys; a lesson plan links to a step.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectCitedVerbatimPassages, label, panel, test } from './fixtures';

interface Tours {
  tours: { id: string; steps: { select: string[]; title: string; caption?: string }[] }[];
}
const tours = JSON.parse(
  readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8'),
) as Tours;
const steps = tours.tours.find((t) => t.id === 'classroom')!.steps;
const count = steps.length;

const tourBar = (page: Page) => page.getByRole('region', { name: 'Guided tour' });

/** The counter, our title and caption, the selected relation in the URL and its evidence. */
async function expectStep(page: Page, n: number) {
  const step = steps[n - 1]!;
  await expect(tourBar(page)).toContainText(`Step ${n} of ${count}`);
  await expect(tourBar(page).getByRole('heading', { level: 2 })).toContainText(step.title);
  if (step.caption) await expect(tourBar(page)).toContainText(`Our caption ${step.caption}`);
  const heading = step.select.map(label).join(' – ');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(heading);
  await expect(page).toHaveURL(new RegExp(`tour=classroom&step=${n}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`select=${step.select.join(',')}(&|$)`));
  if (step.select.length === 2) {
    const figures = await expectCitedVerbatimPassages(page);
    expect(figures).toBeGreaterThan(0);
  }
}

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

test('the clicker keys drive the tour, step by step, with each step’s evidence', async ({
  page,
}) => {
  // Every step, and step 1's many passages paged through a screenful at a time: some 27 s on a
  // loaded CI machine, so the default 30 s is too close.
  test.setTimeout(90_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start tour' }).click();
  await expectStep(page, 1);
  const moves: [string, number][] = [
    ['PageDown', 2],
    [' ', 3],
    ['ArrowRight', 4],
    ['ArrowDown', 5],
    ['n', 6],
    ['PageUp', 5],
    ['ArrowLeft', 4],
    ['ArrowUp', 3],
    ['p', 2],
    ['End', count],
    ['PageDown', count],
    ['Home', 1],
    ['PageUp', 1],
  ];
  for (const [key, n] of moves) {
    await page.keyboard.press(key);
    await expectStep(page, n);
  }
  // Every step, forwards, through the Next button too.
  for (let n = 2; n <= count; n++) {
    await tourBar(page).getByRole('button', { name: 'Next' }).click();
    await expectStep(page, n);
  }
  await expect(tourBar(page).getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('stepping replaces the history entry instead of flooding Back', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start tour' }).click();
  await expectStep(page, 1);
  const before = await page.evaluate(() => history.length);
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expectStep(page, 5);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a link opens the tour at a given step', async ({ page }) => {
  await page.goto('./?tour=classroom&step=3');
  await expectStep(page, 3);
  await expect(
    page.getByRole('button', { name: `Kazakhstan – ${label('china')}: strategic cooperation` }),
  ).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('PageDown');
  await expectStep(page, 4);
});

test('a link naming no tour, or a step past the end, is a polite notice', async ({ page }) => {
  await page.goto('./?tour=atlantis&step=2');
  await expect(page.getByText('There is no tour “atlantis” in this map.')).toBeVisible();
  await expect(tourBar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
  await page.goto(`./?tour=classroom&step=${count + 40}`);
  await expect(page.getByText(`This tour has ${count} steps`)).toBeVisible();
  await expectStep(page, count);
  await page.goto('./?tour=classroom&step=abc');
  await expect(page.getByText('tour step could not be read')).toBeVisible();
  await expectStep(page, 1);
});

test('Escape leaves the tour and keeps the evidence; B and . blank the screen', async ({
  page,
}) => {
  await page.goto('./?tour=classroom&step=2');
  await expectStep(page, 2);
  const blank = page.getByText('The screen is blank.');
  await page.keyboard.press('b');
  await expect(blank).toBeAttached();
  await page.keyboard.press('b');
  await expect(blank).not.toBeAttached();
  await expectStep(page, 2);
  await page.keyboard.press('.');
  await expect(blank).toBeAttached();
  await page.keyboard.press('PageDown'); // any slide key brings the screen back, not a step
  await expect(blank).not.toBeAttached();
  await expectStep(page, 2);
  await page.keyboard.press('Escape');
  await expect(tourBar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
});

test('keys typed in a form field do not move the tour', async ({ page }) => {
  await page.goto('./?tour=classroom&step=2');
  await expectStep(page, 2);
  await page.getByRole('combobox', { name: 'Theme' }).focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('n');
  await expectStep(page, 2);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`presentation mode at ${width}×${height}: large type, counter, axe clean in contrast`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?theme=contrast');
    await page.getByRole('button', { name: 'Present' }).click();
    await expectStep(page, 1);
    await expect(page).toHaveURL(/present=1/);
    await expect(page.getByRole('banner')).toBeHidden();
    // One press is one step: step 1's many passages are a slide with its key passages
    // (present-slides.spec.ts measures the slides).
    await page.keyboard.press('PageDown');
    await expectStep(page, 2);
    const size = await panel(page)
      .locator('blockquote')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Passages for the back of a classroom: ≥ 20 px on a 1280 projector, ≥ 30 px at 1920.
    expect(size).toBeGreaterThanOrEqual(width >= 1920 ? 30 : 20);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
    await page.keyboard.press('f');
    await expect(page).not.toHaveURL(/present=1/);
    await expect(page.getByRole('banner')).toBeVisible();
  });
}

test('the tour and its bar are axe clean on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?tour=classroom&step=9');
  await expectStep(page, 9);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a projector link (?present=1) opens the tour in presentation mode', async ({ page }) => {
  await page.goto('./?present=1&theme=contrast');
  await expectStep(page, 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/classroom tour/);
  await expect(tourBar(page).getByRole('button', { name: 'Present' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Presenting, Escape comes back to the step and stays (issue 25); F leaves presenting,
  // and then Escape leaves the tour.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/present=1/);
  await expectStep(page, 1);
  await page.keyboard.press('f');
  await page.keyboard.press('Escape');
  await expect(tourBar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=|tour=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kazakhstan’s foreign and security relations',
  );
});
