import { expect, graph, panel, test } from './fixtures';

/** How a node is drawn: its name's and shape's colours, its opacity, and the name's contrast. */
const look = (el: import('@playwright/test').Locator) =>
  el.evaluate((e) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const label = getComputedStyle(e.querySelector('.node-label')!).fill;
    const bg = getComputedStyle(document.body).backgroundColor;
    const [hi, lo] = [lum(label), lum(bg)].sort((a, b) => b - a);
    return {
      label,
      shape: getComputedStyle(e.querySelector('.node-shape')!).fill,
      opacity: Number(getComputedStyle(e).opacity),
      contrast: (hi! + 0.05) / (lo! + 0.05),
    };
  });

test('hovering an entity highlights its neighbourhood and dims the rest, still legibly', async ({
  page,
}) => {
  await page.goto('./');
  const russia = graph(page).getByRole('button', { name: 'Russia', exact: true });
  const csto = graph(page).getByRole('button', {
    name: 'Collective Security Treaty Organization',
    exact: true,
  });
  const china = graph(page).getByRole('button', { name: 'China', exact: true });
  const normal = await look(china);
  expect(await look(csto)).toEqual(normal);
  await russia.hover();
  // China is not Russia's neighbour: lighter ink, not transparency, and still 3:1.
  await expect.poll(async () => (await look(china)).label).not.toBe(normal.label);
  const dimmed = await look(china);
  expect(dimmed.shape).not.toBe(normal.shape);
  expect(dimmed.opacity).toBe(1);
  expect(dimmed.contrast).toBeGreaterThanOrEqual(3);
  expect(await look(csto)).toEqual(normal);
  await page.mouse.move(5, 5);
  await expect.poll(() => look(china)).toEqual(normal);
});

test('an entity can be dragged, and the layout comes back to rest', async ({ page }) => {
  await page.goto('./');
  const node = graph(page).getByRole('button', { name: 'China', exact: true });
  const before = await node.getAttribute('transform');
  const box = (await node.boundingBox())!;
  // The prerendered map is on screen before its script has hydrated it and attached dragging:
  // a drag that early does nothing, and a person tries again, as this does.
  await expect(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
    const during = await node.getAttribute('transform');
    if (during === before) await page.mouse.up();
    expect(during).not.toBe(before);
  }).toPass({ timeout: 10_000 });
  await page.mouse.up();
  // After the drop the simulation cools and stops moving things.
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
  // Dragging does not select. Asked only now, long after the click a drop could have made
  // would have landed; then a real click, to show that a selection would have shown here.
  await expect(page).not.toHaveURL(/select=/);
  await expect(node).not.toHaveAttribute('aria-current', 'true');
  await expect(panel(page).getByRole('heading', { name: 'China' })).toHaveCount(0);
  await node.click();
  await expect(page).toHaveURL(/select=china/);
  await expect(panel(page).getByRole('heading', { name: 'China' })).toBeVisible();
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

test('the first drag moves the entity and its lines, even begun before d3-force has loaded', async ({
  page,
}) => {
  // The shipped map is laid out by the build: its first view carries no d3-force, whose chunk
  // loads as the map hydrates. Held back here until the drag has begun.
  let requested = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/assets\/simulation-[\w-]+\.js$/, async (route) => {
    requested = true;
    await held;
    await route.fallback();
  });
  await page.goto('./');
  await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
  await expect.poll(() => requested).toBe(true);
  const node = graph(page).getByRole('button', { name: 'China', exact: true });
  const line = graph(page)
    .getByRole('button', { name: /^Kazakhstan – China: / })
    .locator('line');
  const ends = () => line.evaluate((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => l.getAttribute(a)));
  const [nodeBefore, lineBefore] = [await node.getAttribute('transform'), await ends()];
  const shape = node.locator('.node-shape');
  const centre = async () => {
    const b = (await shape.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const from = await centre();
  // Dragging is attached once the pointer code has loaded: d3 keeps its listeners in `__on`.
  await expect
    .poll(() => node.evaluate((e) => !!(e as { __on?: unknown[] }).__on?.length))
    .toBe(true);
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
  expect(await node.getAttribute('transform')).toBe(nodeBefore); // nothing moves without it
  release();
  await expect.poll(() => node.getAttribute('transform')).not.toBe(nodeBefore);
  await expect.poll(ends).not.toEqual(lineBefore);
  // It followed the pointer all the way.
  const [to, moved] = [await centre(), { x: 120 - box.width / 2, y: 80 - box.height / 2 }];
  expect(Math.hypot(to.x - from.x - moved.x, to.y - from.y - moved.y)).toBeLessThan(3);
  await page.mouse.up();
});

// Wheel zoom is off in an embed, so the host article scrolls (the contract).
for (const [url, zooms] of [
  ['./', true],
  ['./?embed', false],
] as const) {
  test(`the scroll wheel ${zooms ? 'zooms the full view' : 'does not zoom an embed'}; the buttons zoom both`, async ({
    page,
  }) => {
    await page.goto(url);
    const svg = graph(page).locator('svg.graph-svg');
    const viewport = svg.locator('> g');
    const transform = () => viewport.getAttribute('transform');
    // d3-zoom loads after the first paint: a wheel before then would prove nothing. A button
    // press that zooms shows it is ready.
    const fitted = await transform();
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        return transform();
      })
      .not.toBe(fitted);
    let last: string | null = null; // the button's zoom is animated: wait until it is still
    await expect
      .poll(async () => last === (last = await transform()), { intervals: [300] })
      .toBe(true);
    const before = await transform();
    // Bottom left: the folded legend floats over the top left corner.
    const { height } = (await svg.boundingBox())!;
    await svg.hover({ position: { x: 20, y: height - 20 } });
    await page.mouse.wheel(0, -400);
    // d3-zoom applies a wheel in the event's handler: two frames on, the full view has zoomed.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    if (zooms) expect(await transform()).not.toBe(before);
    else expect(await transform()).toBe(before);
  });
}
