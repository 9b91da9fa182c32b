// A graph far larger than the curated one, served in place of data/graph.json, is drawn by the
// app's canvas view: still keyboard-usable, still opening the evidence, under the CSP.
import { syntheticGraph } from '../scripts/bench/synthetic.mjs';
import { expect, graph, panel, test } from './fixtures';

const big = JSON.stringify(syntheticGraph(1000));

// A thousand entities and 1,248 relations are 2,248 named buttons: every role query walks them
// all, so each step is slow on a loaded machine (10–20 s alone there). The page itself is usable
// within a few seconds; the time is the test's.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ body: big, contentType: 'application/json' }),
  );
});

test('a 1,000-node graph is drawn on a canvas and reachable by keyboard', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  // Generous timeout: parsing and laying out 1,000 nodes on a loaded CI machine takes a while.
  await expect(graph(page).getByRole('img', { name: /1000 entities/ })).toBeVisible({
    timeout: 30_000,
  });
  const entity = graph(page).getByRole('button', { name: 'Node 42', exact: true });
  await entity.focus();
  await expect(entity).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Node 42');
  await expect(page).toHaveURL(/select=n-42/);
  expect(consoleErrors).toEqual([]);
});

test('a link to an entity of a large graph opens its evidence', async ({ page }) => {
  await page.goto('./?select=kazakhstan,n-3');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Node 3', {
    timeout: 30_000,
  });
});
