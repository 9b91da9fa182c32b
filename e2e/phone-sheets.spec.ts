// Issue 25, phones: the filters fit a 320 px screen in every language, and every filter can be
// reached (scrolled to within the sheet and tapped) with nothing running off the screen.
import { english as en } from '../app/i18n/english.ts';
import { kk } from '../app/i18n/kk.ts';
import { ru } from '../app/i18n/ru.ts';
import { expect, test } from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

for (const [lang, t] of [
  ['en', en],
  ['kk', kk],
  ['ru', ru],
] as const) {
  test(`the filter sheet fits a 320 px phone in ${lang}, and every filter can be reached`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`./?lang=${lang}`);
    await page.getByText(t.filters.summary, { exact: true }).click();
    const boxes = page.getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    const sheet = await page.locator('details[open] > :not(summary):not(p)').first().boundingBox();
    expect(sheet!.x).toBeGreaterThanOrEqual(0);
    expect(sheet!.x + sheet!.width, 'the sheet runs off the screen').toBeLessThanOrEqual(320);
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    const controls = page
      .locator('details[open]')
      .getByRole('checkbox')
      .or(page.locator('details[open]').getByRole('radio'));
    const n = await controls.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) {
      const c = controls.nth(i);
      await c.scrollIntoViewIfNeeded();
      const b = (await c.boundingBox())!;
      expect(b.x, `filter ${i} off the left`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, `filter ${i} off the right`).toBeLessThanOrEqual(320);
      expect(b.y + b.height).toBeLessThanOrEqual(640);
    }
    // A tap on the last one filters the map.
    const last = controls.nth(n - 1);
    await last.click();
    await expect(last).toBeChecked();
  });
}
