// The same interactions, by mouse and keyboard, on both painters of the map: the SVG elements
// drawn for curated maps and the canvas drawn for large graphs (forced here on the shipped map
// with ?painter=canvas, so the tests can name real entities). What is checked is what a person
// sees and gets: the evidence opened, the link written, the pixels that change on hover, where
// an entity is drawn before and after a drag or a zoom.
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, graph, panel, test } from './fixtures';

/** Where an element is drawn: the canvas publishes it (data-at); an SVG element is its box. */
async function pointOf(page: Page, el: Locator): Promise<{ x: number; y: number }> {
  // The canvas painter's elements are HTML buttons: wait until they say where they are drawn.
  if ((await el.evaluate((e) => e.tagName)) === 'BUTTON')
    await expect(el).toHaveAttribute('data-at', /^\d+,\d+$/);
  const at = await el.getAttribute('data-at');
  if (at) {
    const c = (await graph(page).getByRole('img').boundingBox())!;
    const [x, y] = at.split(',').map(Number);
    return { x: c.x + x!, y: c.y + y! };
  }
  const b = (await el.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** The pixels of a small square of the page around a point. */
const pixels = (page: Page, p: { x: number; y: number }) =>
  page.screenshot({ clip: { x: p.x - 6, y: p.y - 6, width: 12, height: 12 } });

const node = (page: Page, name: string) => graph(page).getByRole('button', { name, exact: true });

for (const painter of ['svg', 'canvas'] as const) {
  test.describe(`the ${painter} painter`, () => {
    const open = async (page: Page, query = '') => {
      await page.goto(`./?painter=${painter}${query}`);
      if (painter === 'canvas') await expect(graph(page).getByRole('img')).toBeVisible();
      // Curated maps are settled before they are drawn; the canvas then says where it drew them.
      if (painter === 'canvas')
        await expect(node(page, 'Kazakhstan')).toHaveAttribute('data-at', /^\d+,\d+$/);
      else await expect(node(page, 'Kazakhstan')).toBeVisible();
    };

    test('a click on an entity on the map opens its evidence', async ({ page }) => {
      await open(page);
      const p = await pointOf(page, node(page, 'China'));
      await page.mouse.click(p.x, p.y);
      await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('China');
      await expect(page).toHaveURL(/select=china/);
    });

    test('a click on a line opens the relation', async ({ page }) => {
      await open(page);
      const line = graph(page).getByRole('button', { name: /^Kazakhstan – China: / });
      const p = await pointOf(page, line);
      await page.mouse.click(p.x, p.y);
      await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – China');
      await expect(page).toHaveURL(
        /select=(kazakhstan%2Cchina|china%2Ckazakhstan|kazakhstan,china|china,kazakhstan)/,
      );
    });

    test('hovering an entity dims what is not its neighbour, and leaving restores it', async ({
      page,
    }) => {
      await open(page);
      // China is not Russia's neighbour on the map.
      const china = await pointOf(page, node(page, 'China'));
      const before = await pixels(page, china);
      const russia = await pointOf(page, node(page, 'Russia'));
      await page.mouse.move(russia.x, russia.y);
      await expect.poll(async () => (await pixels(page, china)).equals(before)).toBe(false);
      await page.mouse.move(2, 2);
      await expect.poll(async () => (await pixels(page, china)).equals(before)).toBe(true);
    });

    test('an entity can be dragged, does not get selected, and the layout comes to rest', async ({
      page,
    }) => {
      await open(page);
      const china = node(page, 'China');
      const from = await pointOf(page, china);
      const before = await pixels(page, from);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 120, from.y + 80, { steps: 8 });
      // While held, China is drawn under the pointer, no longer where it was.
      await expect.poll(async () => (await pixels(page, from)).equals(before)).toBe(false);
      await page.mouse.up();
      await expect(page).not.toHaveURL(/select=/);
      let last = '';
      await expect
        .poll(
          async () => {
            const now = JSON.stringify(await pointOf(page, china));
            const still = now === last;
            last = now;
            return still;
          },
          { intervals: [500], timeout: 15_000 },
        )
        .toBe(true);
    });

    test('the zoom buttons zoom, and Fit brings the whole map back', async ({ page }) => {
      await open(page);
      const kz = node(page, 'China');
      const fitted = await pointOf(page, kz);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(async () => (await pointOf(page, kz)).x).not.toBeCloseTo(fitted.x, 0);
      await page.getByRole('button', { name: 'Fit to view' }).click();
      await expect
        .poll(async () => Math.round((await pointOf(page, kz)).x))
        .toBeCloseTo(fitted.x, -1);
    });

    test('the keyboard selects a relation, and Escape returns focus to it', async ({ page }) => {
      await open(page);
      const line = graph(page).getByRole('button', { name: /^Kazakhstan – Russia: / });
      await line.focus();
      await page.keyboard.press('Enter');
      await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
        'Kazakhstan – Russia',
      );
      await page.keyboard.press('Escape');
      await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Evidence');
      await expect(line).toBeFocused();
    });

    test('a filter takes what it leaves out off the keyboard path', async ({ page }) => {
      await open(page, '&relations=ally');
      await expect(node(page, 'Russia')).toBeAttached();
      await expect(node(page, 'China')).toHaveCount(0);
    });

    test('Export SVG draws the map with its names and legend', async ({ page }) => {
      await open(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export SVG' }).click();
      const svg = readFileSync((await (await download).path())!, 'utf8');
      expect(svg).toContain('>Kazakhstan</text>');
      expect(svg).toContain('>only an unverified text</text>');
      expect(svg).toMatch(/<line [^>]*stroke="/);
      expect(svg).not.toContain('style=');
    });
  });
}
