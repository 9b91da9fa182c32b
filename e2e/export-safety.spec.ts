// The image exports are safe for the programs that open them, and never leave a person
// waiting: a control character in what the map shows does not make the SVG unreadable or the
// PNG hang on "Preparing…", and a PNG that cannot be drawn in time ends with a message.
import { readFileSync } from 'node:fs';
import { expect, graph, test } from './fixtures';

test('a control character in a name leaves both image exports well-formed', async ({ page }) => {
  await page.goto('./');
  const russia = graph(page).getByRole('button', { name: 'Russia', exact: true });
  await expect(russia).toBeVisible();
  // Whatever the map draws goes into the file: here a name holding a bell and a NUL, as a
  // package or an edit could bring (before, the SVG was not XML and the PNG never came).
  await russia.locator('text').evaluate((t) => (t.textContent = 'Rus\u0007sia\u0000'));

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      names: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.names).toContain('Russia');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const png = readFileSync((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  await expect(page.getByText('The PNG file has been downloaded.')).toBeAttached();
});

test('a PNG that cannot be drawn ends with a message, not an endless “Preparing…”', async ({
  page,
}) => {
  // An image decoder that never answers, as browsers can with an SVG they dislike.
  await page.addInitScript(() => {
    HTMLImageElement.prototype.decode = () => new Promise<void>(() => {});
  });
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Export PNG' }).click();
  await expect(page.getByText('Preparing the PNG…')).toBeAttached();
  // The export gives up after its own limit (PNG_TIMEOUT_MS, 20 s): wait well past it.
  await expect(
    page.getByText('The PNG took too long to prepare and was stopped.', { exact: false }),
  ).toBeAttached({ timeout: 90_000 });
  // Shown, not only announced: nothing else would tell a sighted person the export stopped.
  await expect(page.getByText('The PNG took too long', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export PNG' })).toBeEnabled();
});
