// The demo host page (public/embed-demo.html) is the article an editor would write: the snippet
// from the Embed dialog, twice, at two widths.
import { expect, test } from './fixtures';

test('the demo article loads cleanly and both embeds grow to their content', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('./embed-demo.html');
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  for (const i of [0, 1]) {
    const app = page.frameLocator('iframe').nth(i);
    await expect(app.getByRole('link', { name: /open full view/i })).toBeVisible();
    // embed.js sets each iframe to its app's own height: nothing cut, no blank band.
    await expect
      .poll(async () => {
        const outer = await frames.nth(i).evaluate((f) => f.getBoundingClientRect().height);
        const inner = await app.locator('html').evaluate((h) => h.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(1);
  }
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});
