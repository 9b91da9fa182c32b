import type { Locator, Page } from '@playwright/test';
import { data, expect, graph, isVerbatim, label, panel, test } from './fixtures';

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const search = (page: Page) => page.getByRole('combobox', { name: /search/i });
// Passages marked in the open source, as a reader sees them; the one they came from is current.
const marks = (within: Page | Locator) => within.getByRole('article').locator('mark');
const currentMarks = (within: Page | Locator) =>
  within.getByRole('article').locator('mark[aria-current="true"]');
const sourceView = (page: Page) =>
  page
    .getByRole('region', { name: /./ })
    .filter({ has: page.getByRole('navigation', { name: 'All sources' }) });

test('"Read in source" opens the full text with the passage highlighted and in view', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,russia');
  const figure = panel(page).locator('figure').nth(3);
  const quote = squash(await figure.locator('blockquote').innerText());
  const cite = await figure.locator('figcaption cite').innerText();
  const button = figure.getByRole('button', { name: 'Read in source' });
  await button.click();

  const view = sourceView(page);
  await expect(view.getByRole('heading', { level: 2, name: cite })).toBeFocused();
  const current = currentMarks(view).first();
  await expect(current).toBeVisible();
  await expect(current).toBeInViewport();
  const marked = squash((await currentMarks(view).allInnerTexts()).join(' '));
  expect(marked).toBe(quote);
  expect(isVerbatim(marked)).toBe(true);
  // The other passages quoted from this source are marked too.
  expect(await marks(view).count()).toBeGreaterThan(1);
  await expect(page).toHaveURL(/source=/);
  // Keyboard and screen-reader users can jump from the heading to the passage.
  await view.getByRole('button', { name: 'Go to that passage' }).click();
  await expect(current).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
});

test('a link opens a source with its stated metadata and the list of all sources', async ({
  page,
}) => {
  await page.goto('./?source=territorial-defense-report');
  const view = sourceView(page);
  await expect(
    view.getByRole('heading', { level: 2, name: /On Territorial Defense/ }),
  ).toBeVisible();
  await expect(view.getByText('(untitled; our label)')).toBeVisible();
  await expect(view.getByText('not stated').first()).toBeVisible();
  const list = view.getByRole('navigation', { name: 'All sources' });
  await expect(list.getByRole('button')).toHaveCount(data.sources.length);
  await expect(
    list.getByRole('listitem').filter({ hasText: 'Kazakhstan – Russia: allied relations' }).first(),
  ).toBeVisible();
  await list.getByRole('button', { name: /regional threats/ }).click();
  await expect(page).toHaveURL(/source=regional-threats-essay/);
  await expect(view.getByRole('heading', { level: 2, name: /regional threats/ })).toBeVisible();
});

test('a link to an unknown source shows a polite notice', async ({ page }) => {
  await page.goto('./?source=atlantis&relations=enemy');
  await expect(page.getByText('There is no source “atlantis” in this map.')).toBeVisible();
  await expect(page.getByText(/filters name nothing in this map/)).toBeVisible();
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
});

test('typing "EEU" finds the Eurasian Economic Union and Enter selects it', async ({ page }) => {
  await page.goto('./');
  await search(page).fill('EEU');
  const option = page.getByRole('option', { name: /Eurasian Economic Union/ }).first();
  await expect(option).toBeVisible();
  await search(page).press('ArrowDown');
  await expect(search(page)).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id'))!,
  );
  await search(page).press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Eurasian Economic Union',
  );
  await expect(page).toHaveURL(/select=eeu/);
});

test('search finds passages by their words and selects their relation', async ({ page }) => {
  await page.goto('./');
  await search(page).fill('not a foe');
  const option = page.getByRole('option', { name: /not a foe/ }).first();
  await expect(option).toContainText('Kazakhstan – Russia: allied relations');
  await option.click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
});

test('filtering to one relation type fades the rest in place and lives in the URL', async ({
  page,
}) => {
  await page.goto('./');
  const russia = graph(page).getByRole('button', { name: 'Russia', exact: true });
  const before = await russia.boundingBox();
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'alliance' }).check();
  await expect(page).toHaveURL(/relations=ally/);
  await expect(
    graph(page).getByRole('button', { name: 'Kazakhstan – Russia: allied relations' }),
  ).toBeVisible();
  await expect(graph(page).getByRole('button', { name: /: role of our Republic$/ })).toHaveCount(0);
  await expect(graph(page).getByRole('button', { name: 'China', exact: true })).toHaveCount(0);
  expect(await russia.boundingBox()).toEqual(before); // no re-layout
});

test('filtering to qualifying evidence keeps only relations a passage qualifies', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('radio', { name: 'Has qualifying passages' }).check();
  await expect(page).toHaveURL(/stance=qualifies/);
  const expected = data.edges.filter((e) =>
    e.passages.some((p) => (p as { stance?: string }).stance === 'qualifies'),
  );
  const edges = graph(page).getByRole('button', { name: /^.+ – .+: / });
  await expect(edges).toHaveCount(expected.length);
  for (const e of expected) {
    await expect(
      graph(page).getByRole('button', {
        name: new RegExp(`^${label(e.source)} – ${label(e.target)}: `),
      }),
    ).toBeVisible();
  }
  // Escape closes the filter pop-over; the evidence lists only the qualifying passages.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: 'Has qualifying passages' })).toBeHidden();
  await graph(page).getByRole('button', { name: 'Kazakhstan – Russia: allied relations' }).click();
  const captions = panel(page).locator('figcaption');
  await expect(captions.first()).toBeVisible();
  for (const caption of await captions.all()) await expect(caption).toContainText('Qualifies');
  await expect(panel(page).getByText(/supporting hidden by the filter/)).toBeVisible();

  // A link carries the filters.
  await page.goto('./?relations=member&kinds=organisation');
  await expect(
    graph(page).getByRole('button', {
      name: 'Kazakhstan – Eurasian Economic Union: cooperation within multilateral organizations',
    }),
  ).toBeVisible();
  await expect(graph(page).getByRole('button', { name: 'Russia', exact: true })).toHaveCount(0);
});

test.describe('clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy citation" copies the verbatim passage and its source', async ({ page }) => {
    await page.goto('./?select=kazakhstan,eeu');
    const figure = panel(page).locator('figure').first();
    const quote = squash(await figure.locator('blockquote').innerText());
    const cite = await figure.locator('figcaption cite').innerText();
    await figure.getByRole('button', { name: 'Copy citation' }).click();
    await expect(figure.getByText('Citation copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`“${quote}”`);
    expect(copied).toContain(`Source: ${cite}`);
    expect(isVerbatim(quote)).toBe(true);
  });

  test('"Cite this view" copies a link to the current selection', async ({ page }) => {
    await page.goto('./?select=kazakhstan,china');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('select')).toBe('kazakhstan,china');
  });
});

test('on a phone each relation of the table is a card that fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=table');
  const table = page.getByRole('table');
  // Still a table to a screen reader: five column headers, a row per relation.
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  await expect(table.getByRole('row')).toHaveCount(data.edges.length + 1);
  // As the browser itself exposes it (its accessibility tree, not the DOM's implicit roles):
  // the cards' grid display must not turn the table into plain groups.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string } }[];
  };
  const roles = nodes.map((n) => n.role?.value);
  expect(roles.filter((r) => r === 'columnheader')).toHaveLength(5);
  expect(roles.filter((r) => r === 'rowheader')).toHaveLength(data.edges.length);
  const scroller = page.getByRole('group', { name: /relations table/i });
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, 'the table scrolls sideways').toBeLessThanOrEqual(0);
  const row = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Kazakhstan – Russia' }),
  });
  // What a cell counts is said in the card (generated text, so read as a screen reader would).
  await expect(row.getByRole('cell', { name: 'Passages: 10 (3 qualifying)' })).toBeVisible();
  // The unverified report is said beside the level, never counted as a second source.
  await expect(row).toContainText('One verifiable source, plus an unverified text');
  await expect(row).toContainText('allied relations');
  await expect(row).toContainText('voices differ');
  expect((await row.boundingBox())!.width).toBeLessThanOrEqual(390);
  const china = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Kazakhstan – China' }),
  });
  // Name, relation and count, basis, one source: a few short lines, not a tall narrow column.
  expect((await china.boundingBox())!.height).toBeLessThan(160);
  await row.getByRole('button', { name: 'Kazakhstan – Russia' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
});

test('the table view lists every relation with its passages and sources', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Entities',
    'Relation',
    'Passages',
    'How solid this line is',
    'Sources',
  ]);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(data.edges.length + 1);
  for (const e of data.edges) {
    const row = rows.filter({
      has: page.getByRole('rowheader', { name: `${label(e.source)} – ${label(e.target)}` }),
    });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(1)).toContainText(String(e.passages.length));
  }
  await table.getByRole('button', { name: 'Kazakhstan – Russia' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – Russia');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
});
