// The reading views (source text, table, filters, search) pass axe, in each theme and on a phone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, panel, test } from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

const search = (page: Page) => page.getByRole('combobox', { name: /search/i });

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

test('axe finds no violations with the source view open', async ({ page }) => {
  await page.goto('./?select=kazakhstan,russia');
  await panel(page).getByRole('button', { name: 'Read in source' }).first().click();
  await expect(
    page.getByRole('article').locator('mark[aria-current="true"]').first(),
  ).toBeVisible();
  await noAxeViolations(page);
});

test('axe finds no violations with the source view open in high contrast', async ({ page }) => {
  await page.goto('./?theme=contrast&source=foreign-policy-concept-report');
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  await noAxeViolations(page);
});

test('axe finds no violations with the table view, filters and search open', async ({ page }) => {
  await page.goto('./?view=table&stance=qualifies');
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByText('Filters (1 on)', { exact: true }).click();
  await search(page).fill('russia');
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
  await noAxeViolations(page);
});

test('axe finds no violations with the source view and the table on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?source=regional-threats-essay');
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  await noAxeViolations(page);
  await page.goto('./?view=table');
  await expect(page.getByRole('table')).toBeVisible();
  await noAxeViolations(page);
});
