import { expect, panel, test } from './fixtures';

// A failed request logs a console error by design, so this file does not assert on the console.
test('a tour that cannot be loaded says so, offers a retry and leaves the map usable', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/data/tours.json', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./?tour=classroom&step=2');
  await expect(page.getByRole('alert')).toContainText('The tour could not be loaded');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Evidence');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Guided tour' })).toContainText('Step 2 of');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
});

test('a malformed tours file is reported with the field that is wrong', async ({ page }) => {
  await page.route('**/data/tours.json', (route) =>
    route.fulfill({ json: { schemaVersion: 1, tours: [{ id: 'classroom', steps: [] }] } }),
  );
  await page.goto('./?tour=classroom');
  await expect(page.getByRole('alert')).toContainText('does not have the expected shape');
  await expect(page.getByRole('alert')).toContainText('tours[0]');
  await page.getByRole('button', { name: 'Close tour' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
});
