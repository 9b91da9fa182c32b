// Silent and slow servers: every load gives up with a message and Try again, and nothing in
// between shows what was not asked for.
import { expect, graph, test } from './fixtures';

// A request that never answers (held until the test ends).
const stall = () => undefined;

test('the prerendered map says so when the graph never answers, and Try again recovers', async ({
  page,
}) => {
  test.slow();
  let silent = true;
  await page.route('**/data/graph.json', (route) => (silent ? stall() : route.fallback()));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded', { timeout: 60_000 });
  silent = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(graph(page).getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
});

test('a slow editor chunk never shows the shipped map in place of a refused package', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('./?data=https://example.com/river-map.json');
  // Past the first render's wait for data (3 s): still no map, only the loading state.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible({
    timeout: 10_000,
  });
  await page.waitForFunction(() => performance.now() > 4000);
  await expect(graph(page)).toHaveCount(0);
  release();
  await expect(page.getByRole('alert')).toContainText('Only a package on this site can be opened');
  await expect(graph(page)).toHaveCount(0);
});

test('a source served as a web page is refused, not shown as the source', async ({ page }) => {
  await page.route('**/data/sources/*.txt', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Not found</title><p>Page not found',
    }),
  );
  await page.goto('./?source=regional-threats-essay');
  await expect(page.getByRole('alert')).toContainText('not plain text');
  await expect(page.getByText('Page not found')).toHaveCount(0);
});

test('a source that never comes does not wait for ever', async ({ page }) => {
  test.slow();
  let silent = true;
  await page.route('**/data/sources/*.txt', (route) => (silent ? stall() : route.fallback()));
  await page.goto('./?source=regional-threats-essay');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded', { timeout: 60_000 });
  silent = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
});
