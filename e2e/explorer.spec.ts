import {
  CONTRACT_IDS,
  data,
  expect,
  expectCitedVerbatimPassages,
  graph,
  label,
  panel,
  test,
} from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

test('shows every entity of the map as a named button in the graph', async ({ page }) => {
  await page.goto('./');
  for (const node of data.nodes) {
    await expect(graph(page).getByRole('button', { name: node.label, exact: true })).toBeVisible();
  }
  await expect(panel(page).getByRole('heading', { name: 'Evidence' })).toBeVisible();
});

for (const id of CONTRACT_IDS) {
  test(`clicking the Kazakhstan – ${id} relation opens its cited, verbatim evidence`, async ({
    page,
  }) => {
    await page.goto('./');
    const edge = graph(page).getByRole('button', {
      name: new RegExp(`^Kazakhstan – ${label(id)}: `),
    });
    await edge.click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      `Kazakhstan – ${label(id)}`,
    );
    await expectCitedVerbatimPassages(page);
    await expect(page).toHaveURL(new RegExp(`select=(kazakhstan,${id}|${id},kazakhstan)`));
  });

  test(`a link selects the Kazakhstan – ${id} relation`, async ({ page }) => {
    await page.goto(`./?select=kazakhstan,${id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      `Kazakhstan – ${label(id)}`,
    );
    await expectCitedVerbatimPassages(page);
  });

  test(`the keyboard selects the Kazakhstan – ${id} relation`, async ({ page }) => {
    await page.goto('./');
    const edge = graph(page).getByRole('button', {
      name: new RegExp(`^Kazakhstan – ${label(id)}: `),
    });
    await edge.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      `Kazakhstan – ${label(id)}`,
    );
    await expectCitedVerbatimPassages(page);
    await page.keyboard.press('Escape');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Evidence');
    await expect(edge).toBeFocused();
  });
}

test('the first Tab offers a skip link straight to the map', async ({ page }) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeFocused();
});

test('Tab reaches the graph and Space selects a node', async ({ page }) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  // Through every header and toolbar control; the map's elements follow them in tab order.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inGraph = await page.evaluate(
      () => !!document.activeElement?.closest('.graph [role=button]'),
    );
    if (inGraph) break;
  }
  const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(name).toBeTruthy();
  await page.keyboard.press(' ');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(name!);
});

test('a node lists its relations, each leading to that relation’s evidence', async ({ page }) => {
  await page.goto('./?select=russia');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await panel(page)
    .getByRole('button', { name: /^Kazakhstan – Russia: allied relations/ })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(
    panel(page)
      .getByText(/Qualifies the relation/)
      .first(),
  ).toBeVisible();
  await expectCitedVerbatimPassages(page);
});

test('the close button and Back and Forward behave', async ({ page }) => {
  await page.goto('./');
  await graph(page).getByRole('button', { name: 'China', exact: true }).click();
  await graph(page).getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(page).toHaveURL(/select=russia/);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China');
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await panel(page).getByRole('button', { name: 'Close evidence' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Evidence');
  await expect(page).not.toHaveURL(/select=/);
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Evidence');
});

test('links naming nothing in the map give a polite notice, never a crash', async ({ page }) => {
  await page.goto('./?select=atlantis');
  await expect(page.getByText('There is no “atlantis” in this map.')).toBeVisible();
  await page.goto('./?select=china,russia');
  await expect(page.getByText('No relation between China and Russia in this map.')).toBeVisible();
  await expect(graph(page).getByRole('button', { name: 'China', exact: true })).toBeVisible();
  page.on('dialog', () => {
    throw new Error('a dialog opened: URL text was run as HTML');
  });
  await page.goto(`./?select=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=<b>x</b>`);
  await expect(page.getByText('The link’s selection could not be read')).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByText('The link’s selection could not be read')).toHaveCount(0);
});
