import { data, expect, test } from './fixtures';

// Data is validated before use: oversized or malformed payloads are refused with a message
// and never reach the map. (Failed loads may log to the console by design.)
test.describe('data that is refused before use', () => {
  test('a payload over the size limit', async ({ page }) => {
    const padded = JSON.stringify(data) + ' '.repeat(5_100_000);
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ body: padded, contentType: 'application/json' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('too large');
    await expect(page.getByRole('button', { name: 'Russia', exact: true })).toHaveCount(0);
  });

  test('more nodes than any map could hold', async ({ page }) => {
    const node = data.nodes.find((n) => !n.focal)!;
    const nodes = Array.from({ length: 10_001 }, (_, i) => ({ ...node, id: `n-${i}` }));
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ json: { ...data, nodes: [...data.nodes, ...nodes] } }),
    );
    await page.goto('./');
    // Parsing ten thousand nodes before refusing them is the slow path: wait for the refusal
    // itself, however loaded the machine.
    await expect(page.getByRole('alert')).toContainText('does not have the expected shape', {
      timeout: 30_000,
    });
    await expect(page.getByRole('alert')).toContainText('graph.json: nodes');
  });

  test('a body that is not JSON at all', async ({ page }) => {
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ body: '<html>not data</html>', contentType: 'text/html' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
  });
});
