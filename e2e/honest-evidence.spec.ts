// What a careful reader checks (issue 12): who speaks, how firmly, how solid the line is, and
// that the text nobody can verify is marked wherever its words appear.
import { readFileSync } from 'node:fs';
import { data, expect, expectCitedVerbatimPassages, graph, label, panel, test } from './fixtures';

const root = new URL('../', import.meta.url);
const unverified = data.sources.find((s) => s.id === 'territorial-defense-report')!;
const unverifiedText = readFileSync(new URL(`data/sources/${unverified.file}`, root), 'utf8')
  .replace(/\s+/g, ' ')
  .trim();
const fromUnverified = (quote: string) =>
  unverifiedText.includes(quote.replace(/\s+/g, ' ').trim());

test('every passage from the unverified report is marked, and no other', async ({ page }) => {
  await page.goto('./?select=kazakhstan,russia');
  await expectCitedVerbatimPassages(page);
  const figures = await panel(page)
    .locator('figure')
    .evaluateAll((els) =>
      els.map((f) => ({
        quote: f.querySelector('blockquote')?.textContent ?? '',
        caption: f.querySelector('figcaption')?.textContent ?? '',
      })),
    );
  expect(figures.length).toBeGreaterThan(5);
  for (const { quote, caption } of figures) {
    expect(caption.includes('Unverified text'), quote).toBe(fromUnverified(quote));
  }
  // The source's own heading says why, in words.
  await expect(
    panel(page)
      .getByText(/Unverified: no byline, outlet or date/)
      .first(),
  ).toBeVisible();
});

test('a line resting only on the unverified text says so in the panel', async ({ page }) => {
  await page.goto('./?select=kazakhstan,eeu');
  const basis = panel(page).getByRole('region', { name: 'How solid this line is' });
  await expect(basis).toContainText('Only an unverified text');
  await expect(basis).toContainText('2 of the 4 passages come from an unverified text.');
  await panel(page).getByText('The texts’ words and our summary').click();
  await expect(
    panel(page).getByText(/Firmest support: an unnamed official, reports/),
  ).toBeVisible();
  // And a line with several sources says that instead.
  await page.goto('./?select=kazakhstan,central-asia');
  await expect(panel(page).getByRole('region', { name: 'How solid this line is' })).toContainText(
    'Two or more sources',
  );
});

test('the panel shows the texts’ own words, a stronger term beside the drawn label', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,united-states');
  await expect(panel(page).getByText('Drawn as:')).toBeVisible();
  // Folded, so the first quotation shows at once (issue 25); one press opens it.
  await panel(page).getByText('The texts’ words and our summary').click();
  const terms = panel(page).getByRole('region', { name: 'The words the texts use' });
  await expect(terms).toContainText('constructive interaction');
  await expect(terms).toContainText('Other wording');
  await expect(terms).toContainText('expanded strategic partnership with the United States');
  await expect(terms).toContainText('an official document, recommends');
});

test('labels are no stronger than the words: organisations are drawn as taking part', async ({
  page,
}) => {
  await page.goto('./');
  for (const id of ['csto', 'sco', 'cica', 'eeu']) {
    await expect(
      graph(page).getByRole('button', { name: `Kazakhstan – ${label(id)}: participant` }),
    ).toHaveCount(1);
  }
  await expect(graph(page).getByRole('button', { name: /: member$/ })).toHaveCount(0);
});

test('on a projector the terms fold away and the first quotation is on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?tour=classroom&step=2&present=1');
  await expect(panel(page).locator('blockquote').first()).toBeInViewport();
  // The slide leaves the terms out; "All passages" brings them, folded, with every passage.
  const fold = panel(page).locator('details', { hasText: 'The texts’ words and our summary' });
  await expect(fold).toHaveCount(0);
  await panel(page)
    .getByRole('button', { name: /^All \d+ passages$/ })
    .click();
  await expect(fold).not.toHaveAttribute('open');
  // One press opens it for a class that wants the words.
  await fold.locator('summary').click();
  await expect(fold).toHaveAttribute('open');
});
