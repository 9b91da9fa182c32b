// The open data, as someone who wants the evidence in another tool finds it: the "Download the
// data" menu in the toolbar, its links, and the files the built site serves at those links.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { data, expect, graph, test } from './fixtures';

const FILES = [
  'relations.jgf.json',
  'relations.gexf',
  'relations.graphml',
  'relations-passages.csv',
  'sources.csl.json',
  'annotations.jsonld',
];

test('the toolbar offers the data for download, each file a working link', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await page.getByText('Download the data').click();
  for (const name of FILES) {
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `data/export/${name}`);
    await expect(link).toHaveAttribute('download', '');
    const response = await page.request.get(new URL(`data/export/${name}`, page.url()).href);
    expect(response.status(), name).toBe(200);
    expect((await response.text()).length, name).toBeGreaterThan(100);
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
  // Escape closes it and gives focus back to its summary.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: FILES[0]!, exact: true })).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('the page carries its dataset description, whose every download the site serves', async ({
  page,
}) => {
  await page.goto('./');
  const link = page.locator('link[rel="alternate"][type="application/ld+json"]');
  await expect(link).toHaveAttribute('href', 'data/export/dataset.jsonld');
  // In the page itself, where search engines read structured data (a data block: never run).
  const embedded = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  );
  expect(embedded['@type']).toBe('Dataset');
  const urls = [
    ...embedded.distribution.map((d: { contentUrl: string }) => d.contentUrl),
    ...embedded.isBasedOn.map((w: { encoding: { contentUrl: string } }) => w.encoding.contentUrl),
  ];
  expect(urls).toContain('data/export/relations-1.2.gexf');
  for (const url of urls) {
    const response = await page.request.get(new URL(url, page.url()).href);
    expect(response.status(), url).toBe(200);
  }
});

test('the annotations are saved with ids resolved against the page, ready for any reader', async ({
  page,
}) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  await page.getByText('Download the data').click();
  const saving = page.waitForEvent('download');
  await page.getByRole('link', { name: 'annotations.jsonld', exact: true }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toBe('annotations.jsonld');
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const file = new URL('data/export/annotations.jsonld', page.url()).href;
  expect(saved.id).toBe(file);
  expect(saved.first.partOf).toBe(file);
  const first = saved.first.items[0];
  expect(first.id.startsWith(`${file}#`)).toBe(true);
  expect(first.body.id).toBe(`${first.id}-body`);
  expect(first.target.source).toBe(new URL(first.target.source, file).href);
  expect(first.target.source).toMatch(/^http:\/\/.+\/data\/sources\/[a-z-]+\.txt$/);
});

test('the annotations are served and point at the shipped texts', async ({ page }) => {
  await page.goto('./');
  const base = new URL('data/export/', page.url());
  const annotations = await (
    await page.request.get(new URL('annotations.jsonld', base).href)
  ).json();
  const items = annotations.first.items as {
    target: { source: string; selector: { type: string; exact?: string }[] };
  }[];
  const passages =
    data.edges.reduce((n, e) => n + e.passages.length, 0) +
    (data.nodes as { passages?: unknown[] }[]).reduce((n, x) => n + (x.passages?.length ?? 0), 0);
  expect(items).toHaveLength(passages);
  // Every target resolves, from the annotation file, to a source text the site serves, which
  // holds the quote.
  const texts = new Map<string, string>();
  for (const a of items) {
    const url = new URL(a.target.source, base).href;
    if (!texts.has(url)) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      texts.set(url, await response.text());
    }
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    expect(texts.get(url)).toContain(quote.exact);
  }
});
