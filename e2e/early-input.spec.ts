// The prerendered map is on screen before the app's script has arrived (scripts/prerender-plugin.ts);
// a reader who clicks or presses a key in that moment must not find the choice ignored
// (public/boot.js keeps it, app/main.tsx replays it once React has the page).
import type { Page } from '@playwright/test';
import { expect, graph, panel, test } from './fixtures';

/** Holds the app's script back until `release()`: the page shows only its prerendered markup. */
async function holdTheApp(page: Page, path = './') {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not 'load' (nor DOMContentLoaded, which waits for module scripts): the script is held.
  await page.goto(path, { waitUntil: 'commit' });
  await expect(graph(page).getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  // Still the prerendered page: nothing of the app has run.
  await expect(page.locator('#root[data-prerendered]')).toBeAttached();
  return release;
}

test('a relation clicked before the app has loaded opens its evidence once it has', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await graph(page)
    .getByRole('button', { name: /^Kazakhstan – Russia: / })
    .click();
  await page.waitForTimeout(300);
  release();
  await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
  await expect(panel(page).getByRole('heading', { name: 'Kazakhstan – Russia' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]select=kazakhstan,russia/);
});

test('Enter on an entity focused before the app has loaded selects it once it has', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await graph(page).getByRole('button', { name: 'China', exact: true }).focus();
  await page.keyboard.press('Enter');
  release();
  await expect(panel(page).getByRole('heading', { name: 'China', exact: true })).toBeVisible();
});

test('the last of several early clicks is the one that counts, and a toolbar button counts too', async ({
  page,
}) => {
  const release = await holdTheApp(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await graph(page).getByRole('button', { name: 'China', exact: true }).click();
  await graph(page).getByRole('button', { name: 'Russia', exact: true }).click();
  release();
  await expect(panel(page).getByRole('heading', { name: 'Russia', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('an embed’s Open full view, clicked before the app has loaded, opens the link’s selection', async ({
  page,
}) => {
  const release = await holdTheApp(page, './?embed&select=kazakhstan,china');
  // The built page cannot know its address: until the app runs, the link says only "./".
  await page.getByRole('link', { name: /Open full view/ }).click();
  release();
  await expect(page).toHaveURL(/\/\?select=kazakhstan,china$/);
  await expect(page.getByRole('link', { name: /Open full view/ })).toHaveCount(0);
});
