// The editor (?edit), as a teacher uses it: their own text, two passages, two
// relations with new entities, on the map with their quotes; the draft survives a reload; the
// package opens by file and by ?data= in a fresh browser, and a bad package loses nothing.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, graph, panel, test } from './fixtures';
import { buildRiverMap, editor, FIRST, RIVER, SECOND } from './editor-steps';

const EDGE = 'Upland Republic – Lowland State: strategic cooperation';

test.describe.configure({ mode: 'serial' });
let packagePath = '';

test('a teacher builds a map from their own text, reloads, and exports it', async ({
  page,
  consoleErrors,
}, testInfo) => {
  await buildRiverMap(page);
  const ed = editor(page);
  await expect(
    ed.getByText('No problems: this map follows every data rule of the build.'),
  ).toBeVisible();

  // On the map, with the quote as evidence, verbatim. Enter, as a keyboard user selects a line
  // (a small draft's lines may be exactly vertical, with no width for a pointer test to hit).
  await graph(page).getByRole('button', { name: EDGE }).press('Enter');
  await expect(panel(page).locator('blockquote')).toHaveText(FIRST);
  await graph(page)
    .getByRole('button', { name: /Upland Republic – Delta Union: cooperation within/ })
    .press('Enter');
  await expect(panel(page).locator('blockquote')).toHaveText(SECOND);

  // Undo takes the last relation off the map; redo brings it back.
  await expect(ed.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await ed.getByRole('button', { name: 'Undo' }).click();
  await expect(
    graph(page).getByRole('button', { name: /Delta Union: cooperation within/ }),
  ).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(
    graph(page).getByRole('button', { name: /Delta Union: cooperation within/ }),
  ).toHaveCount(1);
  await expect(ed.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  // A rule broken is shown beside what breaks it, and undo mends it.
  const summary = ed.getByRole('listitem').filter({ hasText: 'Upland Republic – Lowland State' });
  await summary.getByLabel('Summary of the relation (your words)').fill('');
  await summary.getByLabel('Summary of the relation (your words)').blur();
  await expect(summary.getByRole('listitem').filter({ hasText: 'summary' })).toContainText(
    'must not be empty',
  );
  await expect(ed.getByText('1 problem to fix')).toBeVisible();
  await ed.getByRole('button', { name: 'Undo' }).click();
  await expect(ed.getByText('No problems')).toBeVisible();
  // The status says when the draft is safe to leave (autosave waits for a pause in typing).
  await expect(ed.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  // Reload: the draft is still there.
  await page.reload();
  await expect(editor(page).getByRole('heading', { name: 'River basin notes' })).toBeVisible();
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);

  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);

  const download = page.waitForEvent('download');
  await editor(page).getByRole('button', { name: 'Export map package' }).click();
  packagePath = testInfo.outputPath('river-map.json');
  await (await download).saveAs(packagePath);
  await expect(editor(page).getByText(/The package is complete/)).toBeVisible();
  const pkg = JSON.parse(readFileSync(packagePath, 'utf8')) as { sources: { text: string }[] };
  expect(pkg.sources[0]!.text).toContain(FIRST);
  expect(consoleErrors).toEqual([]);
});

test('the package opens by file in a fresh browser', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?edit');
  await editor(page).getByLabel('Open a map package…').setInputFiles(packagePath);
  await graph(page).getByRole('button', { name: EDGE }).press('Enter');
  await expect(panel(page).locator('blockquote')).toHaveText(FIRST);
  await context.close();
});

test('the package opens by ?data= from this site, and another site is refused', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/maps/river-map.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(packagePath, 'utf8') }),
  );
  await page.goto('./?data=maps/river-map.json&select=upland-republic,lowland-state');
  await expect(panel(page).locator('blockquote')).toHaveText(FIRST);
  await expect(page.getByRole('region', { name: /editor/i })).toHaveCount(0);

  await page.goto('./?data=https://example.com/river-map.json');
  await expect(page.getByRole('alert')).toContainText('Only a package on this site can be opened');
  await context.close();
});

test('a malformed, oversized or non-anchoring package is refused and loses nothing', async ({
  page,
}, testInfo) => {
  await page.goto('./?edit');
  const open = editor(page).getByLabel('Open a map package…');
  const alert = editor(page).getByRole('alert');
  await open.setInputFiles(packagePath);
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
  await expect(editor(page).getByText('Saved in this browser')).toBeVisible();

  await open.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": '),
  });
  await expect(alert).toContainText('not valid JSON');

  const big = Buffer.alloc(5_000_001, 0x20);
  await open.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(alert).toContainText('too large');

  const pkg = readFileSync(packagePath, 'utf8').replace(
    'agreed to expand strategic cooperation',
    'agreed to end strategic cooperation',
  );
  const moved = testInfo.outputPath('moved.json');
  writeFileSync(
    moved,
    pkg.replace(/"text": "River Basin Notes[^"]*"/, (t) => t.replace('expand', 'review')),
  );
  await open.setInputFiles(moved);
  await expect(alert).toContainText('not valid');
  await expect(alert).toContainText('no longer anchors');

  // Nothing was lost: the draft and its map are as they were, and still saved.
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
  await page.reload();
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
});

test('the package builds the same static site for its own map', async ({}, testInfo) => {
  test.setTimeout(240_000);
  const outDir = testInfo.outputPath('site');
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, MAP_DATA: packagePath },
      stdio: 'pipe',
    },
  );
  const read = (path: string) => readFileSync(`${outDir}/${path}`, 'utf8');
  const graphJson = JSON.parse(read('data/graph.json')) as { nodes: { id: string }[] };
  expect(graphJson.nodes.map((n) => n.id)).toEqual([
    'upland-republic',
    'lowland-state',
    'delta-union',
  ]);
  expect(read('data/sources/river-basin-notes.txt')).toBe(RIVER);
  expect(read('data/export/annotations.jsonld')).toContain(FIRST);
  expect(read('index.html')).toContain('data/export/dataset.jsonld');
});

test('a source pasted again with changed words flags its passage and keeps it off the map', async ({
  page,
}) => {
  await page.goto('./?edit');
  const ed = editor(page);
  await ed.getByLabel('Open a map package…').setInputFiles(packagePath);
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
  await ed.getByRole('button', { name: 'Paste a new version of the text' }).click();
  const version = ed.getByLabel('New version of River basin notes');
  await version.fill(`A new first line.\n${RIVER.replace('agreed to expand', 'agreed to review')}`);
  await ed.getByRole('button', { name: 'Use this version' }).click();
  await expect(ed.getByRole('alert')).toContainText('1 passage(s) found at a new place; 1 no');
  await expect(ed.getByText('No longer found in the source text')).toBeVisible();
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(0);
  await expect(ed.getByText(/problems? to fix/)).toBeVisible();
  await ed.getByRole('button', { name: 'Undo' }).click();
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
});
