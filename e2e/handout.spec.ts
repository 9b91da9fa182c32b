// Slides and handouts: the current view exported as SVG and PNG, and the printed handout.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { syntheticGraph } from '../scripts/bench/synthetic.mjs';
import { data, expect, graph, isVerbatim, test } from './fixtures';

const nodes = JSON.parse(readFileSync(new URL('../data/graph.json', import.meta.url), 'utf8'))
  .nodes as { id: string; label: string; short?: string; focal?: boolean }[];
/** The label the map draws for each node: the full name for the focal one, else the short form. */
const drawn = nodes.map((n) => (n.focal ? n.label : (n.short ?? n.label)));
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

test.afterEach(({ consoleErrors }) => {
  expect(consoleErrors).toEqual([]);
});

test('Export SVG downloads the current view with every node label, a legend and a source line', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,russia');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg.length).toBeGreaterThan(1000);
  expect(svg).toMatch(/<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const name of drawn) expect(svg, name).toContain(`>${escapeXml(name)}</text>`);
  // The legend: each colour family with the relation types it stands for, and the strength.
  expect(svg).toMatch(/>[^<]*constructive ties[^<]*<\/text>/);
  expect(svg).toContain('>only an unverified text</text>');
  expect(svg).toContain('Source: Kazakhstan’s foreign and security relations');
  expect(svg).not.toContain('tabindex');
  // Styled by presentation attributes, which the page's CSP allows (style="" it refuses).
  expect(svg).not.toContain('style=');
  expect(svg).toMatch(/<line [^>]*stroke-dasharray="/);
  await expect(page.getByText('The SVG file has been downloaded.')).toBeAttached();
});

test('Export PNG downloads a non-empty PNG image', async ({ page }) => {
  await page.goto('./?theme=dark');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await file.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000);
  // Width and height from the IHDR chunk: twice the view, for sharp slides.
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
});

test('printing shows the map, then every relation with all its passages and full citations', async ({
  page,
}) => {
  await page.goto('./?select=kazakhstan,china&theme=contrast');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const handout = page.getByRole('region', { name: 'Handout' });
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(graph(page)).toBeHidden();
  const map = handout.getByRole('img', { name: /Kazakhstan’s foreign and security relations/ });
  await expect(map).toBeVisible();
  for (const name of drawn) await expect(map.getByText(name, { exact: true })).toBeAttached();

  for (const e of data.edges) {
    const a = nodes.find((n) => n.id === e.source)!.label;
    const b = nodes.find((n) => n.id === e.target)!.label;
    const article = handout.getByRole('article').filter({
      has: page.getByRole('heading', { name: new RegExp(`^${a} – ${b}: `) }),
    });
    await expect(article).toBeVisible();
    // The line's own words and how solid it is, as the panel says it.
    await expect(article.locator('.handout-basis')).toContainText(`Drawn as: ${e.label}`);
    if (e.target === 'russia')
      await expect(article.locator('.handout-basis')).toContainText(
        'One verifiable source, plus an unverified text · voices differ',
      );
    const quotes = article.locator('blockquote');
    await expect(quotes).toHaveCount(e.passages.length);
    for (const text of await quotes.allInnerTexts()) expect(isVerbatim(text), text).toBe(true);
    await expect(article.locator('figcaption')).toHaveCount(e.passages.length);
    for (const caption of await article.locator('figcaption').allInnerTexts()) {
      expect(caption).toMatch(/(Supports|Qualifies) the relation.*Source \[\d\]/);
    }
  }
  const sources = handout.getByRole('list').last().getByRole('listitem');
  await expect(sources).toHaveCount(data.sources.length);
  await expect(sources.first()).toContainText(/Author: .+ Outlet: .+ Date: /);
  // Black on white whatever the screen theme.
  const color = await handout
    .locator('blockquote')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
  // Paper has no landmarks to navigate: the main region is the screen's, hidden in print.
  const results = await new AxeBuilder({ page }).disableRules(['landmark-one-main']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  await expect(handout).toBeHidden(); // the handout is for paper only
  await expect(graph(page)).toBeVisible();
});

test('the classroom buttons are reachable and named, and axe clean', async ({ page }) => {
  await page.goto('./');
  const tools = page.getByRole('group', { name: 'Classroom' });
  for (const name of ['Start tour', 'Present', 'Export SVG', 'Export PNG', 'Print handout']) {
    await expect(tools.getByRole('button', { name })).toBeEnabled();
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a large map’s handout is rendered when printing starts, with the map and every relation', async ({
  page,
}) => {
  // Mounted only for printing (a large map's handout is thousands of elements): rendered in
  // the beforeprint event, while the live map can still be copied.
  test.setTimeout(90_000);
  const big = syntheticGraph(1000) as {
    nodes: { id: string; label: string }[];
    edges: { source: string; target: string }[];
  };
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ body: JSON.stringify(big), contentType: 'application/json' }),
  );
  await page.goto('./');
  await expect(graph(page).getByRole('img', { name: /1000 entities/ })).toBeVisible({
    timeout: 30_000,
  });
  const handout = page.getByRole('region', { name: 'Handout' });
  // Its code loads when the page is first idle: until then a print finds nothing to render.
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    // Hidden on screen, so found among hidden elements until the page prints.
    await expect(page.getByRole('region', { name: 'Handout', includeHidden: true })).toBeAttached({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  const map = handout.getByRole('img', { name: /Kazakhstan’s foreign and security relations/ });
  await expect(map).toBeVisible();
  await expect(map.getByText('Kazakhstan', { exact: true }).first()).toBeAttached();
  await expect(handout.getByRole('article')).toHaveCount(big.edges.length);
  const label = (id: string) => big.nodes.find((n) => n.id === id)!.label;
  const last = big.edges[big.edges.length - 1]!;
  const heading = new RegExp(`^${label(last.source)} – ${label(last.target)}: `);
  await expect(handout.getByRole('heading', { level: 3, name: heading })).toBeVisible();
});
