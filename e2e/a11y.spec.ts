import AxeBuilder from '@axe-core/playwright';
import { expect, graph, panel, test } from './fixtures';

const states = [
  ['nothing selected', './'],
  ['a relation selected', './?select=kazakhstan,russia'],
  ['a node selected', './?select=kazakhstan'],
  ['dark theme', './?theme=dark&select=kazakhstan,china'],
  ['high-contrast theme', './?theme=contrast&select=kazakhstan,eeu'],
  ['a notice showing', './?select=atlantis'],
] as const;

for (const [name, url] of states) {
  test(`axe finds no violations with ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(
      graph(page).getByRole('button', { name: 'Kazakhstan', exact: true }),
    ).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}

test('axe finds no violations on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?select=kazakhstan,united-states');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
