// Hostile text: a passage that displays another sentence than it spells, a name that is also an
// object key, a package past the limits every map shares.
import { data, expect, test } from './fixtures';
import { editor } from './editor-steps';

test('a passage with a right-to-left override is refused, naming the character', async ({
  page,
}) => {
  const [edge, ...rest] = data.edges as unknown as { passages: { text: string }[] }[];
  const passage = { ...edge!.passages[0]!, text: `\u202E${edge!.passages[0]!.text}` };
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ json: { ...data, edges: [{ ...edge, passages: [passage] }, ...rest] } }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not have the expected shape');
  await expect(alert).toContainText('U+202E');
});

test('an entity named __proto__ is shown as written in Kazakh and Russian', async ({ page }) => {
  const nodes = data.nodes.map((n) => (n.id === 'afghanistan' ? { ...n, label: '__proto__' } : n));
  await page.route('**/data/graph.json', (route) => route.fulfill({ json: { ...data, nodes } }));
  for (const lang of ['kk', 'ru']) {
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('button', { name: '__proto__', exact: true })).toHaveCount(1);
  }
});

test('the editor refuses a package past the limits at once, without freezing', async ({ page }) => {
  await page.goto('./?edit');
  const nodes = Array.from({ length: 10_004 }, (_, i) => ({ id: `n-${i}`, label: `N ${i}` }));
  const body = JSON.stringify({ format: 'relations-map-package', nodes, edges: [] });
  await editor(page)
    .getByLabel('Open a map package…')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  const alert = editor(page).getByRole('alert');
  await expect(alert).toContainText('too large to open');
  await expect(alert).toContainText('more than 10000');
  // The tab still answers, and the draft is as it was.
  await expect(
    editor(page).getByRole('heading', { name: 'Three steps to a first map' }),
  ).toBeVisible();
});
