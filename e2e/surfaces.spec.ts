// The surfaces: a phone, a projector and the keyboard each get the evidence at a
// glance. Sizes are measured as a person sees them (boxes on the screen), not read from CSS.
import type { Page } from '@playwright/test';
import { english as en } from '../app/i18n/english.ts';
import { data, expect, graph, label, panel, test } from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

const box = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())!;

for (const select of ['kazakhstan,russia', 'kazakhstan,eeu']) {
  test(`on a 390×844 phone the first quote of ${select} shows without scrolling, and the map fills its space`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./?select=${select}`);
    const quote = panel(page).locator('blockquote').first();
    await expect(quote).toBeVisible();
    const q = (await quote.boundingBox())!;
    // At least its first two lines are on screen, with nothing scrolled.
    expect(q.y + 48).toBeLessThanOrEqual(844);
    expect(
      await panel(page)
        .locator('.panel-body')
        .evaluate((el) => el.scrollTop),
    ).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The map reaches down to the sheet, with room for its entities.
    const map = await box(page, '.graph-svg');
    const sheet = (await panel(page).boundingBox())!;
    expect(map.height).toBeGreaterThan(180);
    expect(Math.abs(map.y + map.height - sheet.y)).toBeLessThan(2);
  });
}

test('presenting at 1920×1080: the map has over 55% of the screen, no toolbar or legend until asked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?tour=classroom&step=2&present=1');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    `${label('kazakhstan')} – ${label('russia')}`,
  );
  const map = await box(page, '.graph-svg');
  expect((map.width * map.height) / (1920 * 1080)).toBeGreaterThanOrEqual(0.55);
  const tools = page.getByRole('region', { name: en.shell.readingTools });
  const legend = graph(page).getByText(en.graph.legend, { exact: true });
  await expect(tools).toBeHidden();
  await expect(legend).toBeHidden();
  // A button, not a key, brings them back (a clicker cannot press it by accident).
  const toggle = page.getByRole('region', { name: 'Guided tour' }).getByRole('button', {
    name: 'Tools',
  });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(tools).toBeVisible();
  await expect(legend).toBeVisible();
  await toggle.click();
  await expect(tools).toBeHidden();
  // The dimmed context stays legible: at least half strength.
  const dim = await graph(page)
    .locator('.node.is-dim')
    .first()
    .evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(dim).toBeGreaterThanOrEqual(0.45);
});

test('an entity’s relations follow the filters, and say how many the filters hide', async ({
  page,
}) => {
  await page.goto('./?select=russia&relations=ally');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(label('russia'));
  const russia = data.edges.filter((e) => e.source === 'russia' || e.target === 'russia');
  const allies = russia.filter((e) => e.relation === 'ally');
  const relations = panel(page).getByRole('list').first().getByRole('button');
  await expect(relations).toHaveCount(allies.length);
  // Each listed line wears its own words, an alliance family's: "allied relations".
  const words = allies.map((e) => e.label);
  for (const name of await relations.allInnerTexts())
    expect(words.some((w) => name.includes(w))).toBe(true);
  const hidden = russia.length - allies.length;
  await expect(panel(page)).toContainText(en.surfaces.hiddenByFilters(hidden));
  await panel(page).getByRole('button', { name: en.filters.clear }).click();
  await expect(relations).toHaveCount(russia.length);
  await expect(page).not.toHaveURL(/relations=/);
});

test('search lists a passage once, naming every relation it bears on', async ({ page }) => {
  await page.goto('./');
  // The passage most relations cite.
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const cited = new Map<string, typeof data.edges>();
  for (const e of data.edges) {
    for (const p of (e as unknown as { passages: { text: string }[] }).passages) {
      cited.set(squash(p.text), [...(cited.get(squash(p.text)) ?? []), e]);
    }
  }
  const [text, edges] = [...cited].sort((a, b) => b[1].length - a[1].length)[0]!;
  expect(edges.length).toBeGreaterThan(2);
  await page.getByRole('combobox', { name: /search/i }).fill(text.split(' ').slice(0, 8).join(' '));
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(1);
  for (const e of edges) {
    await expect(options.first()).toContainText(
      `${label(e.source)} – ${label(e.target)}: ${e.label}`,
    );
  }
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    `${label(edges[0]!.source)} – ${label(edges[0]!.target)}`,
  );
});

test('from page load, two Tabs and Enter reach the first passage (it took 53 Tabs)', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,russia');
  const first = panel(page).locator('figure').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: en.surfaces.skipToEvidence });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Read in source' })).toBeFocused();
});

test('with nothing selected, Skip to the evidence lands on the panel’s heading', async ({
  page,
}) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
});
