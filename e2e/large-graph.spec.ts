// A graph far larger than the curated one, served in place of data/graph.json, is drawn by the
// app's canvas view: still keyboard-usable, still opening the evidence, under the CSP.
import AxeBuilder from '@axe-core/playwright';
import { syntheticGraph } from '../scripts/bench/synthetic.mjs';
import { expect, graph, panel, test } from './fixtures';

const graphData = syntheticGraph(1000) as {
  nodes: { id: string; label: string }[];
  edges: { source: string; target: string }[];
};
const big = JSON.stringify(graphData);

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

test('a large graph’s long lists, added in steps, reach their last item by keyboard and pass axe', async ({
  page,
}) => {
  // axe over some 5,000 elements takes most of it on a loaded machine.
  test.setTimeout(180_000);
  await page.goto('./');
  const relations = graph(page).getByRole('list', { name: 'Relations in the graph' });
  // Every relation listed, the last step's too.
  await expect(relations.getByRole('listitem')).toHaveCount(graphData.edges.length, {
    timeout: 30_000,
  });
  // From the last entity, Tab goes on to the first relation, whichever step added them.
  const lastNode = graphData.nodes[graphData.nodes.length - 1]!;
  await graph(page).getByRole('button', { name: lastNode.label, exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(relations.getByRole('button').first()).toBeFocused();
  await expect(relations.getByRole('button').first()).toBeVisible();
  // The evidence panel's other ties (those not of Kazakhstan): every one, the last reachable.
  const others = graphData.edges.filter(
    (e) => e.source !== 'kazakhstan' && e.target !== 'kazakhstan',
  );
  const ties = panel(page).getByRole('list').last().getByRole('button');
  await expect(ties).toHaveCount(others.length, { timeout: 30_000 });
  await ties.last().focus();
  await expect(ties.last()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
