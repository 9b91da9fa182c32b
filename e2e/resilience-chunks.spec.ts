// A lazy part whose code cannot be had — the reader went offline, or a deploy removed the old
// chunks — says so in its place with Try again, and the rest of the page stays. Before the
// error boundaries, each of these presses turned the whole page white.
import type { Page } from '@playwright/test';
import { expect, graph, test } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Every chunk not yet loaded fails from now on: `offline` aborts, else the server 404s. */
async function cutChunks(page: Page, how: 'offline' | 'gone') {
  await page.route(/\/assets\/.*\.(js|css)$/, (route) =>
    how === 'offline' ? route.abort('internetdisconnected') : route.fulfill({ status: 404 }),
  );
}

async function openMap(page: Page, path = './') {
  await page.goto(path);
  await expect(graph(page).getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  // The prerendered page is React's once its markup loses the attribute.
  await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
}

const opens: {
  what: string;
  press: (page: Page) => Promise<void>;
  shown: (page: Page) => Promise<void>;
}[] = [
  {
    what: 'Sources',
    press: (page) => page.getByRole('button', { name: 'Sources', exact: true }).click(),
    shown: (page) => expect(page.getByRole('article').first()).toBeVisible(),
  },
  {
    what: 'Table',
    press: (page) => page.getByRole('button', { name: 'Table', exact: true }).click(),
    shown: (page) => expect(page.getByRole('table').first()).toBeVisible(),
  },
  {
    what: 'Start tour',
    press: (page) => page.getByRole('button', { name: 'Start tour' }).click(),
    shown: (page) => expect(page.getByRole('button', { name: /next/i }).first()).toBeVisible(),
  },
  {
    what: 'Download the data',
    press: (page) => page.getByText('Download the data', { exact: true }).click(),
    shown: (page) => expect(page.getByRole('link', { name: /gexf/ }).first()).toBeVisible(),
  },
  {
    what: 'Embed',
    press: (page) => page.getByRole('button', { name: 'Embed', exact: true }).click(),
    shown: (page) => expect(page.getByRole('dialog')).toBeVisible(),
  },
  {
    what: 'Filters',
    press: (page) => page.getByText('Filters', { exact: true }).click(),
    shown: (page) => expect(page.getByRole('checkbox').first()).toBeVisible(),
  },
];

for (const { what, press, shown } of opens) {
  test(`offline, “${what}” says it failed, keeps the page, and Try again brings it`, async ({
    page,
  }) => {
    await openMap(page);
    await cutChunks(page, 'offline');
    await press(page);
    const alert = page.getByRole('alert');
    await expect(alert.first()).toContainText('Something went wrong while loading');
    // The page is still there: its header and its tools.
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Search/ })).toBeVisible();
    await page.unrouteAll();
    // Other parts the press needed (the English texts, the panel's details) may have failed
    // too: each says so, and each comes back.
    for (let n = await alert.count(); n > 0; n--) {
      // By keyboard: offline, the part's stylesheet failed too, so the map may lie over it.
      await alert.first().getByRole('button', { name: 'Try again' }).press('Enter');
      await expect(alert).toHaveCount(n - 1);
    }
    await shown(page);
  });
}

test('after a deploy removed the old chunks, Try again reloads into the new build', async ({
  page,
}) => {
  await openMap(page);
  // The old build's chunks are gone for good (a HEAD for one says 404); what the reload asks
  // for is served (in a real deploy, the new build's chunks under new names).
  let gone = true;
  await page.route('**/assets/*.js', (route) =>
    gone || route.request().method() === 'HEAD' ? route.fulfill({ status: 404 }) : route.fallback(),
  );
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('Something went wrong while loading');
  await expect(heading(page)).toBeVisible();
  gone = false;
  // The view is in the URL, so the reload opens the table again.
  const reloaded = page.waitForEvent('load');
  // Every part whose chunk is gone says so (the table, and any other part that was loading);
  // each one's Try again finds the build replaced and reloads.
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await reloaded;
  await expect(page.getByRole('table').first()).toBeVisible();
});

test('a stalled chunk does not leave its part waiting for ever', async ({ page }) => {
  test.slow();
  await openMap(page);
  await page.route('**/assets/relations-table-*.js', () => undefined);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText(
    'Something went wrong while loading',
    {
      timeout: 30_000,
    },
  );
  await expect(heading(page)).toBeVisible();
});
