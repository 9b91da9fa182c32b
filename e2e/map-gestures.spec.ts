import { expect, graph, test } from './fixtures';

const opacity = (el: import('@playwright/test').Locator) =>
  el.evaluate((e) => Number(getComputedStyle(e).opacity));

test('hovering an entity highlights its neighbourhood and fades the rest', async ({ page }) => {
  await page.goto('./');
  const russia = graph(page).getByRole('button', { name: 'Russia', exact: true });
  const csto = graph(page).getByRole('button', {
    name: 'Collective Security Treaty Organization',
    exact: true,
  });
  const china = graph(page).getByRole('button', { name: 'China', exact: true });
  expect(await opacity(china)).toBe(1);
  await russia.hover();
  await expect.poll(() => opacity(china)).toBeLessThan(0.5);
  expect(await opacity(csto)).toBe(1);
  await page.mouse.move(5, 5);
  await expect.poll(() => opacity(china)).toBe(1);
});

test('an entity can be dragged, and the layout comes back to rest', async ({ page }) => {
  await page.goto('./');
  const node = graph(page).getByRole('button', { name: 'China', exact: true });
  const before = await node.getAttribute('transform');
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
  const during = await node.getAttribute('transform');
  expect(during).not.toBe(before);
  await page.mouse.up();
  // Dragging does not select; after the drop the simulation cools and stops moving things.
  await expect(page).not.toHaveURL(/select=/);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await node.getAttribute('transform');
        const still = now === last;
        last = now ?? '';
        return still;
      },
      { intervals: [500], timeout: 15_000 },
    )
    .toBe(true);
});

test('the zoom buttons zoom and Fit brings the whole map back', async ({ page }) => {
  await page.goto('./');
  const g = graph(page).locator('svg.graph-svg > g');
  // The transform, rounded: an animated zoom may land a rounding error away from its target.
  const transform = async () =>
    (await g.getAttribute('transform'))?.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1));
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const fitted = await transform();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(transform).not.toBe(fitted);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(transform).toBe(fitted);
});

test('a tap on a phone selects, and the evidence opens below the map', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('./');
  await graph(page)
    .getByRole('button', { name: /^Kazakhstan – United States: / })
    .tap();
  const heading = page
    .getByRole('complementary', { name: /evidence/i })
    .getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Kazakhstan – United States');
  const map = (await graph(page).locator('svg.graph-svg').boundingBox())!;
  const sheet = (await page.getByRole('complementary', { name: /evidence/i }).boundingBox())!;
  expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  await context.close();
});
