import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectCitedVerbatimPassages, graph, isVerbatim, panel, test } from './fixtures';
import { startHost } from './host-server';

const hostTest = test.extend<object, { host: string }>({
  host: [
    async ({}, use, workerInfo) => {
      const app = workerInfo.project.use.baseURL!;
      const { url, server } = await startHost(app);
      await use(url);
      server.close();
    },
    { scope: 'worker' },
  ],
});

const iframeHeight = (page: Page, selector = 'iframe') =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

async function contentHeight(page: Page) {
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

hostTest(
  'embed.js on another origin fits the iframe to its content, which a selection does not change',
  async ({ page, host }) => {
    await page.goto(`${host}/embed-js.html`);
    const map = page.frameLocator('#map');
    await expect(
      graph(map as never).getByRole('button', { name: 'Russia', exact: true }),
    ).toBeVisible();
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(page))))
      .toBeLessThan(2);
    const closed = await iframeHeight(page);

    await map
      .getByRole('button', { name: /^Kazakhstan – Russia: allied relations/ })
      .first()
      .click();
    await expect(map.getByRole('heading', { level: 2, name: 'Kazakhstan – Russia' })).toBeVisible();
    await expect(map.locator('blockquote').first()).toBeVisible();
    // The evidence scrolls in a box of its own: the iframe, and the article, stay as they were.
    expect(Math.abs((await contentHeight(page)) - closed)).toBeLessThan(2);
    expect(Math.abs((await iframeHeight(page)) - closed)).toBeLessThan(2);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages))
      .toContainEqual({ type: 'relations-map:select', select: 'kazakhstan,russia', id: null });
    const messages = await page.evaluate(
      () => (window as unknown as { __messages: unknown[] }).__messages,
    );
    expect(messages).toContainEqual(
      expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }),
    );
  },
);

for (const width of [640, 360]) {
  hostTest(
    `in a ${width} px article column the embed stays under 760 px, and neither selecting nor “Read in source” moves the article`,
    async ({ page, host }) => {
      await page.setViewportSize({ width: width + 40, height: 1000 });
      await page.goto(`${host}/article-${width}.html`);
      const map = page.frameLocator('#map');
      await expect(map.locator('blockquote').first()).toBeVisible();
      // The embed is below the fold, where Chrome runs no animation frames in a cross-origin
      // iframe: it still reports its height before the reader scrolls to it.
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
      await expect
        .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(page))))
        .toBeLessThan(2);
      const height = await iframeHeight(page);
      expect(height).toBeLessThanOrEqual(760);

      await page.evaluate(() => window.scrollTo(0, 1400));
      const scrollY = () => page.evaluate(() => window.scrollY);
      const before = await scrollY();
      // Select another relation (from the map) and another from the evidence of an entity. On
      // the small map lines cross, so the map's elements get the click directly (which element
      // a pointer lands on is the map's own business, tested elsewhere).
      await map
        .getByRole('button', { name: /^Kazakhstan – China: / })
        .first()
        .dispatchEvent('click');
      await expect(map.getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – China');
      await map.getByRole('button', { name: 'Russia', exact: true }).dispatchEvent('click');
      await map
        .getByRole('button', { name: /^Kazakhstan – Russia: / })
        .last()
        .click();
      await expect(map.getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
      await page.waitForTimeout(300); // a resize message would have arrived by now
      expect(await iframeHeight(page)).toBe(height);
      expect(await scrollY()).toBe(before);

      // The evidence scrolls inside the embed; its last passage's "Read in source" opens the
      // text with the passage scrolled into view there, not in the article.
      const read = map.getByRole('button', { name: 'Read in source' }).last();
      await read.click();
      await expect(map.getByRole('article').locator('mark').first()).toBeVisible();
      await page.waitForTimeout(300);
      expect(await scrollY()).toBe(before);
      expect(await iframeHeight(page)).toBe(height);
      // The credit line, like the exported PNG's source line.
      await expect(map.getByRole('contentinfo')).toContainText(/^Source: .+ evidence map\./);
      // "Get the data": the relations and their passages, served beside the app.
      const data = map.getByRole('link', { name: 'Get the data (CSV)' });
      const href = await data.getAttribute('href');
      expect(href).toMatch(/data\/export\/relations-passages\.csv$/);
      const csv = await page.request.get(new URL(href!, page.url()).href);
      expect(csv.ok()).toBe(true);
      expect((await csv.text()).split('\n')[0]).toContain('passage');
    },
  );
}

hostTest('pym.js’s parent script sizes the embed with no new code', async ({ page, host }) => {
  await page.goto(`${host}/pym.html`);
  const iframe = page.locator('#map iframe');
  await expect(iframe).toHaveCount(1);
  await expect.poll(() => iframeHeight(page, '#map iframe')).toBeGreaterThan(300);
  await expect
    .poll(async () =>
      Math.abs((await iframeHeight(page, '#map iframe')) - (await contentHeight(page))),
    )
    .toBeLessThan(2);
});

hostTest('a deep-linked embed opens with its relation’s cited evidence', async ({ page, host }) => {
  await page.goto(`${host}/deep-link.html`);
  const map = page.frameLocator('#map');
  await expect(map.getByRole('heading', { level: 2 })).toHaveText(
    'Kazakhstan – Eurasian Economic Union',
  );
  const quote = await map.locator('blockquote').first().innerText();
  expect(isVerbatim(quote)).toBe(true);
  await expect(map.getByText(/Qualifies the relation/).first()).toBeVisible();
});

hostTest(
  'without embed.js the iframe keeps its initial height and still works',
  async ({ page, host }) => {
    await page.goto(`${host}/no-script.html`);
    const map = page.frameLocator('#map');
    await map.getByRole('button', { name: 'China', exact: true }).click();
    await expect(map.getByRole('heading', { level: 2 })).toHaveText('China');
    expect(await iframeHeight(page)).toBe(480);
  },
);

hostTest('the built app works from a sub-path', async ({ page, host }) => {
  await page.goto(`${host}/maps/kz/?embed&select=kazakhstan,china`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – China');
  await expectCitedVerbatimPassages(page);
  await page.goto(`${host}/maps/kz/`);
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
});

test('the embed makes no request to any other origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) origins.add(new URL(r.url()).origin);
  });
  await page.goto('./?embed&select=kazakhstan,russia');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
  await page.waitForLoadState('networkidle');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('the embed is compact, links out to the full view and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./?embed&select=kazakhstan,central-asia&theme=dark');
  // No page chrome: no standfirst, theme picker or Embed button, just the map and its evidence.
  await expect(page.getByText('An evidence map: every line rests')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  const open = page.getByRole('link', { name: /Open full view/ });
  await expect(open).toHaveAttribute('href', /\?select=kazakhstan,central-asia&theme=dark$/);
  await expect(open).toHaveAttribute('target', '_top');
  await expect(panel(page).locator('figure')).toHaveCount(3);
  await panel(page)
    .getByRole('button', { name: /Show all \d+ passages/ })
    .click();
  expect(await panel(page).locator('figure').count()).toBeGreaterThan(3);
  await graph(page).getByRole('button', { name: 'China', exact: true }).click();
  await expect(open).toHaveAttribute('href', /\?select=china&theme=dark$/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the Embed dialog gives a copyable snippet for the current selection', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?select=kazakhstan,china');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('?embed&amp;lang=en&amp;select=kazakhstan,china');
  expect(code).toMatch(/<iframe [^>]*title="[^"]+"/);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('allow="fullscreen"');
  expect(code).toContain('embed.js');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – China');
});
