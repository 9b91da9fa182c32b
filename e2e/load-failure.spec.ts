import { data, expect, panel, test } from './fixtures';

// A failed request logs a console error by design, so this file does not assert on the console.
test.describe('when the data cannot be had', () => {
  test('a failed request shows a message and a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/data/graph.json', (route) => (fail ? route.abort() : route.continue()));
    await page.goto('./?select=kazakhstan,russia');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
  });

  test('malformed data is reported with the field that is wrong', async ({ page }) => {
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ json: { ...data, nodes: [{ ...data.nodes[0], kind: 'planet' }] } }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('does not have the expected shape');
    await expect(page.getByRole('alert')).toContainText('nodes[0]');
    await expect(page.getByRole('alert')).toContainText('kind');
  });
});

// The browser logs the failed request itself; the app adds no error of its own.
test('a source text that cannot be loaded shows an error and a retry', async ({
  page,
  consoleErrors,
}) => {
  let fail = true;
  await page.route('**/data/sources/*.txt', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await page.goto('./?source=regional-threats-essay');
  await expect(page.getByRole('alert')).toContainText('could not be loaded (HTTP 503)');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  expect(consoleErrors.filter((e) => !/^Failed to load resource: .* 503 /.test(e))).toEqual([]);
});
