// The first view is in the HTML (scripts/prerender-plugin.ts): drawn before any script runs,
// then adopted by React without a change a reader could see.
import type { Page } from '@playwright/test';
import { data, expect, graph, label, panel, test } from './fixtures';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const edgeName = (e: (typeof data.edges)[number]) =>
  new RegExp(`^${escape(label(e.source))} – ${escape(label(e.target))}: `);

/** Where each node is drawn (its world position) and where it is on screen. */
const nodePlaces = (page: Page) =>
  graph(page)
    .locator('.node[data-id]')
    .evaluateAll((els) =>
      els.map((el) => {
        const b = el.querySelector('.node-shape')!.getBoundingClientRect();
        return {
          id: (el as HTMLElement).dataset.id,
          transform: el.getAttribute('transform'),
          x: b.x + b.width / 2,
          y: b.y + b.height / 2,
        };
      }),
    );

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the map, every node and relation as a named button, and a way to the table', async ({
    page,
  }) => {
    await page.goto('./');
    const map = graph(page);
    await expect(map).toBeVisible();
    for (const n of data.nodes) {
      await expect(map.getByRole('button', { name: n.label, exact: true })).toBeVisible();
    }
    for (const e of data.edges) {
      await expect(map.getByRole('button', { name: edgeName(e) })).toHaveCount(1);
    }
    await expect(
      page.getByRole('group', { name: 'Legend' }).or(page.getByText('Legend')),
    ).toBeVisible();
    await expect(panel(page).getByRole('heading', { name: 'Evidence' })).toBeVisible();
    const table = page.getByRole('link', { name: /relations as a table/ });
    await expect(table).toBeVisible();
    await expect(table).toHaveAttribute('href', '?view=table');
    // The embed's bar is in the markup too, for an embed only.
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('link', { name: /Open full view/ })).toBeHidden();
  });

  test('the built page carries every node and relation by name, before any script', async ({
    request,
  }) => {
    const html = await (await request.get('./')).text();
    const named = [...html.matchAll(/role="button"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!);
    const decoded = named.map((s) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'"));
    for (const n of data.nodes) expect(decoded).toContain(n.label);
    for (const e of data.edges) expect(decoded.filter((s) => edgeName(e).test(s))).toHaveLength(1);
  });
});

for (const path of [
  './',
  './?lang=ru',
  './?theme=dark',
  './?select=kazakhstan,russia',
  './?embed',
]) {
  test(`${path} hydrates without an error or a warning in the console`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(path);
    // The map region by its id: its name is in the page's language.
    await expect(page.locator('#map').getByRole('button').first()).toBeVisible();
    // Hydrated: the view follows the URL, and the node buttons answer.
    await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
  });
}

for (const [width, height, path] of [
  [1280, 800, './?select=kazakhstan,russia'],
  [1920, 1080, './?select=kazakhstan,russia'],
  [390, 844, './?select=kazakhstan,russia'],
  [390, 844, './'],
  [390, 844, './?embed&select=kazakhstan,russia'],
  [1280, 800, './?embed'],
] as const) {
  // On a phone and in an embed the markup's viewBox would draw labels under their 12 px
  // minimum: the build's first frames for those widths (app/features/graph/svg/first-frames.ts)
  // draw the map as the app fits it, and the app keeps that frame.
  test(`${path} at ${width}×${height}: hydrating moves no node on screen, and then the URL selection fills the evidence`, async ({
    browser,
  }) => {
    const viewport = { width, height };
    // Before: the prerendered page as boot.js shows it (embed, selection), the app held back.
    const held = await browser.newContext({ viewport });
    const prerendered = await held.newPage();
    await prerendered.route(/assets\/index-.*\.js$/, (route) => route.abort());
    await prerendered.goto(path);
    await expect(graph(prerendered)).toBeVisible();
    const before = await nodePlaces(prerendered);
    await held.close();

    const on = await browser.newContext({ viewport });
    const page = await on.newPage();
    await page.goto(path);
    const heading = path.includes('select') ? 'Kazakhstan – Russia' : /Evidence|Kazakhstan/;
    await expect(panel(page).getByRole('heading', { name: heading }).first()).toBeVisible();
    await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
    const after = await nodePlaces(page);
    // Same world positions: the browser ran no layout of its own.
    expect(after.map((n) => [n.id, n.transform])).toEqual(before.map((n) => [n.id, n.transform]));
    // The same on screen: the app keeps the prerendered view where its labels fit.
    for (const [i, n] of after.entries()) {
      expect(Math.abs(n.x - before[i]!.x), n.id).toBeLessThanOrEqual(2);
      expect(Math.abs(n.y - before[i]!.y), n.id).toBeLessThanOrEqual(2);
    }
    // And its labels at 12 px or more (the label's box is a little taller than its type).
    const smallest = await graph(page)
      .locator('.node-label:not([data-hidden])')
      .evaluateAll((els) =>
        Math.min(
          ...els.map(
            (el) =>
              parseFloat(getComputedStyle(el).fontSize) *
              (el as SVGGraphicsElement).getScreenCTM()!.a,
          ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(11.9);
    await on.close();
  });
}

test('the theme in the URL is on the page before any script of the app runs', async ({ page }) => {
  await page.route(/assets\/index-.*\.js$/, (route) => route.abort());
  await page.goto('./?theme=dark&embed');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-embed', '');
  await expect(graph(page)).toBeVisible();
  // The embed's bar, prerendered too, in place of the full view's header.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Open full view/ })).toBeVisible();
  await expect(page.getByText('An evidence map: every line rests')).toBeHidden();
});

test('React adopts the prerendered elements rather than drawing them again', async ({ page }) => {
  // A mark only the served HTML carries: it survives hydration, and a fresh render would drop it.
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<svg class="graph-svg"',
      '<svg data-served class="graph-svg"',
    );
    await route.fulfill({ response, body });
  });
  await page.goto('./?select=russia');
  await expect(panel(page).getByRole('heading', { name: 'Russia' })).toBeVisible();
  await expect(graph(page).locator('svg[data-served]')).toHaveCount(1);
});
