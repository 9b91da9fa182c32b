// What a careful reader checks: who speaks, how firmly, how solid the line is, and
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
  // And a line with several checkable sources says that instead.
  await page.goto('./?select=kazakhstan,central-asia');
  await expect(panel(page).getByRole('region', { name: 'How solid this line is' })).toContainText(
    'Two or more verifiable sources',
  );
});

test('an unverified text never counts as a second source', async ({ page }) => {
  // Russia rests on the essay and on the unverified report: one checkable source.
  await page.goto('./?select=kazakhstan,russia');
  const basis = panel(page).getByRole('region', { name: 'How solid this line is' });
  await expect(basis).toContainText('One verifiable source, plus an unverified text');
  await expect(basis).not.toContainText('Two or more');
  // And the map draws it as one source: the alliance's line (not its legend swatch) is thin.
  const line = graph(page).locator('.edge-lines .edge-line.edge--ally');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveClass(/strength--single/);
});

test('a line wears its firmest claim’s own words, and the voices stand side by side', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,united-states');
  // The strategy (a document) speaks more firmly than the essay (an analyst): its words label
  // the line, and the two voices, which put it differently, are shown together.
  await expect(panel(page).getByText('Drawn as:')).toContainText('strategic partnership');
  const fold = panel(page).locator('details', { hasText: 'The texts’ words and our summary' });
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  const voices = panel(page).getByRole('region', { name: 'How the voices put it' });
  await expect(voices).toContainText('Voices differ.');
  const rows = voices.getByRole('listitem');
  await expect(rows.first()).toContainText('expanded strategic partnership with the United States');
  await expect(rows.first()).toContainText('an official document, recommends');
  await expect(rows.first()).toContainText('firmest: its words are on the line');
  await expect(voices).toContainText('constructive interaction');
  await expect(voices).toContainText('an analyst, recommends');
  // A line whose voices agree is not marked.
  await page.goto('./?select=kazakhstan,china');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await expect(panel(page).getByRole('region', { name: 'How the voices put it' })).toBeVisible();
  await expect(panel(page).getByText('Voices differ.')).toHaveCount(0);
});

test('labels are no stronger than the words: each is a phrase of its passages', async ({
  page,
}) => {
  await page.goto('./');
  const expected: [string, string][] = [
    ['russia', 'allied relations'],
    ['china', 'strategic cooperation'],
    ['csto', 'role of our Republic'],
    ['nato', 'constructive interaction'],
  ];
  for (const [id, words] of expected) {
    await expect(
      graph(page).getByRole('button', { name: `Kazakhstan – ${label(id)}: ${words}` }),
    ).toHaveCount(1);
  }
  // No line is named with a status no text states of it.
  await expect(
    graph(page).getByRole('button', { name: /: (member|ally|strategic partner|participant)$/ }),
  ).toHaveCount(0);
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
