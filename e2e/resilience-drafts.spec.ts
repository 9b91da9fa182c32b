// Nothing an author makes is lost: two tabs on one draft, a link that opens a package over a
// draft, a stored draft that no longer reads, a reload before the save, undo after a reload.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, test } from './fixtures';
import { buildRiverMap, editor, pasteSource } from './editor-steps';

const EDGE = 'Upland Republic – Lowland State: strategic cooperation';
const saved = (page: Page) => expect(editor(page).getByText('Saved in this browser')).toBeVisible();

/** Adds a source with only a text and a label: enough to be work worth keeping. */
async function addNote(page: Page, label: string) {
  const ed = editor(page);
  await ed.getByLabel('Source text (paste it here)').fill(`Notes by ${label}.\n`);
  await ed.getByLabel('Your short label for the source (your words)').fill(label);
  await ed.getByLabel('What kind of text it is (your words)').fill('notes');
  await ed.getByRole('button', { name: 'Add source' }).click();
  await expect(ed.getByRole('heading', { name: label })).toBeVisible();
}

test('two tabs on one draft: the second is told, and neither overwrites the other', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./?edit');
  await b.goto('./?edit');
  await addNote(a, 'Tab A notes');
  await saved(a);
  await addNote(b, 'Tab B notes');
  // B started from the draft before A's save: it says so and saves nothing over A's.
  await expect(editor(b).getByRole('alert')).toContainText('saved in another tab');
  await a.reload();
  await expect(editor(a).getByRole('heading', { name: 'Tab A notes' })).toBeVisible();
  // B chooses to save its version: A's is kept as the previous version.
  await editor(b).getByRole('button', { name: 'Save this version over it' }).click();
  await saved(b);
  await a.reload();
  await expect(editor(a).getByRole('heading', { name: 'Tab B notes' })).toBeVisible();
  await editor(a).getByRole('button', { name: 'Restore the previous version' }).click();
  await expect(editor(a).getByRole('heading', { name: 'Tab A notes' })).toBeVisible();
});

test('a new map started twice does not push real work out of the previous version', async ({
  page,
}) => {
  await page.goto('./?edit');
  await addNote(page, 'Real work');
  await saved(page);
  await editor(page).getByRole('button', { name: 'Start a new map' }).click();
  await editor(page).getByRole('button', { name: 'Start a new map' }).click();
  await page.reload();
  await editor(page).getByRole('button', { name: 'Restore the previous version' }).click();
  await expect(editor(page).getByRole('heading', { name: 'Real work' })).toBeVisible();
});

test('a data= link opens its package once, asking before it replaces a draft', async ({
  page,
}, testInfo) => {
  test.slow();
  await buildRiverMap(page);
  const download = page.waitForEvent('download');
  await editor(page).getByRole('button', { name: 'Export map package' }).click();
  const file = testInfo.outputPath('river-map.json');
  await (await download).saveAs(file);
  await page.route('**/maps/river-map.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(file, 'utf8') }),
  );
  await editor(page).getByRole('button', { name: 'Start a new map' }).click();
  await addNote(page, 'My own draft');
  await saved(page);

  // Declined: the draft stays, and the link leaves the URL.
  page.once('dialog', (d) => void d.dismiss());
  await page.goto('./?edit&data=maps/river-map.json');
  await expect(editor(page).getByRole('heading', { name: 'My own draft' })).toBeVisible();
  await expect(page).not.toHaveURL(/data=/);

  // Accepted: the package replaces it, once; a reload keeps what was edited since.
  page.once('dialog', (d) => void d.accept());
  await page.goto('./?edit&data=maps/river-map.json');
  await expect(graph(page).getByRole('button', { name: EDGE })).toHaveCount(1);
  await expect(page).not.toHaveURL(/data=/);
  await addNote(page, 'Edited after opening');
  await saved(page);
  await page.reload();
  await expect(editor(page).getByRole('heading', { name: 'Edited after opening' })).toBeVisible();
  await editor(page).getByRole('button', { name: 'Restore the previous version' }).click();
  await expect(editor(page).getByRole('heading', { name: 'My own draft' })).toBeVisible();
});

test('a stored draft that no longer reads is kept aside, downloadable, never overwritten', async ({
  page,
}) => {
  const broken = '{"format":"relations-map-package","sources":[{"id":';
  await page.goto('./?edit');
  await saved(page);
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('relations-map-editor', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(text, 'current');
          tx.oncomplete = () => resolve();
        };
      }),
    broken,
  );
  await page.reload();
  const alert = editor(page).getByRole('alert');
  await expect(alert).toContainText('could not be read');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable draft' }).click();
  const path = await (await download).path();
  expect(readFileSync(path, 'utf8')).toBe(broken);
  // Work goes on, and what was kept aside stays as it was.
  await addNote(page, 'Fresh start');
  await saved(page);
  const kept = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('relations-map-editor', 1);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(kept).toContain(broken);
});

test('a change made just before leaving is saved, and undo survives a reload', async ({ page }) => {
  await page.goto('./?edit');
  await pasteSource(page);
  await saved(page);
  await addNote(page, 'Last-second note');
  // Reloaded at once, before the autosave's pause.
  await page.reload();
  await expect(editor(page).getByRole('heading', { name: 'Last-second note' })).toBeVisible();
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page).getByRole('heading', { name: 'Last-second note' })).toHaveCount(0);
  await expect(editor(page).getByRole('heading', { name: 'River basin notes' })).toBeVisible();
});

test('text typed into “Add a source” is not lost without a warning', async ({ page }) => {
  await page.goto('./?edit');
  await saved(page);
  await editor(page).getByLabel('Source text (paste it here)').fill('Half-typed notes');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});
