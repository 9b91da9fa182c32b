// Issue 25: an embed never changes height on any interaction, not even for a moment ("Read in
// source" grew it 744 → 800 → 744 px within 320 ms, moving the host article by 56 px). The host
// page records every height the embed reports.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHost } from './host-server';

const hostTest = test.extend<object, { host: string }>({
  host: [
    async ({}, use, workerInfo) => {
      const { url, server } = await startHost(workerInfo.project.use.baseURL!);
      await use(url);
      server.close();
    },
    { scope: 'worker' },
  ],
});

const iframeHeight = (page: Page) =>
  page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);

async function contentHeight(page: Page) {
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  return frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

for (const width of [640, 360]) {
  hostTest(
    `at ${width} px no interaction changes the embed’s height, not even for a moment`,
    async ({ page, host }) => {
      await page.setViewportSize({ width: width + 40, height: 1000 });
      await page.goto(`${host}/article-${width}.html`);
      const map = page.frameLocator('#map');
      await expect(map.locator('blockquote').first()).toBeVisible();
      await expect
        .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(page))))
        .toBeLessThan(2);
      const height = await iframeHeight(page);
      // Every height the embed reports from now on, however briefly (the host records them all).
      const reported = () =>
        page.evaluate(() =>
          (window as unknown as { __messages: { type?: string; height?: number }[] }).__messages
            .filter((m) => m.type === 'relations-map:resize')
            .map((m) => Math.round(m.height!)),
        );
      const settled = (await reported()).length;
      const since = async () => (await reported()).slice(settled);
      // Read in source (its code loads on the first press), back, the terms, all passages.
      await map.getByRole('button', { name: 'Read in source' }).first().click();
      await expect(map.getByRole('article').locator('mark').first()).toBeVisible();
      await map.getByRole('button', { name: /Back to the map/ }).click();
      await map.getByText('The texts’ words and our summary').click();
      await map.getByRole('button', { name: /Show all \d+ passages/ }).click();
      await map.getByRole('button', { name: 'Read in source' }).last().click();
      await expect(map.getByRole('article').locator('mark').first()).toBeVisible();
      await map.getByRole('button', { name: /Back to the map/ }).click();
      await map.getByRole('button', { name: 'China', exact: true }).dispatchEvent('click');
      await expect(map.getByRole('heading', { level: 2 })).toHaveText('China');
      await page.waitForTimeout(300); // a resize message would have arrived by now
      expect(await since(), `the embed was ${height} px`).toEqual([]);
      expect(await iframeHeight(page)).toBe(height);
    },
  );
}
