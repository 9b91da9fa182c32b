import { data, expect, graph, label, panel, test } from './fixtures';

// The map's keyboard paths beyond Tab: a node's neighbours by arrow key, announced.
test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

test('arrow keys move between a node’s neighbours and announce each', async ({ page }) => {
  await page.goto('./');
  const kazakhstan = graph(page).getByRole('button', { name: 'Kazakhstan', exact: true });
  await kazakhstan.focus();
  const neighbours = data.edges
    .filter((e) => e.source === 'kazakhstan' || e.target === 'kazakhstan')
    .map((e) => label(e.source === 'kazakhstan' ? e.target : e.source));
  const live = graph(page).locator('[aria-live="polite"]');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  await page.keyboard.press('ArrowRight');
  // The arrow keys' code is a small chunk loaded just after the first view; a key pressed
  // before it arrives is acted on when it does.
  await expect.poll(focusedName).not.toBe('Kazakhstan');
  const first = await focusedName();
  expect(neighbours).toContain(first);
  await expect(live).toContainText(`${first}:`);
  await expect(live).toContainText(`of ${neighbours.length} of Kazakhstan`);

  await page.keyboard.press('ArrowRight');
  const second = await focusedName();
  expect(neighbours).toContain(second);
  expect(second).not.toBe(first);
  await expect(live).toContainText(`${second}:`);

  await page.keyboard.press('ArrowLeft');
  expect(await focusedName()).toBe(first);

  await page.keyboard.press('ArrowUp');
  await expect(kazakhstan).toBeFocused();
  await expect(live).toHaveText('Back to Kazakhstan.');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
});
