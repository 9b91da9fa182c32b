// What a teacher does in the editor, step by step, for editor.spec.ts.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** A short text written for these tests, not one of the map's source texts. */
export const RIVER = readFileSync(
  new URL('editor-fixtures/river-notes.txt', import.meta.url),
  'utf8',
);
export const FIRST = 'agreed to expand strategic cooperation on the shared river';
export const SECOND = 'Delta Union may join the cooperation within the basin council';

export const editor = (page: Page) => page.getByRole('region', { name: /editor/i });

export async function pasteSource(page: Page) {
  const ed = editor(page);
  await ed.getByLabel('Source text (paste it here)').fill(RIVER);
  await ed.getByLabel('Title, as the text states it').fill('River Basin Notes');
  await ed.getByLabel('Author, as the text states it').fill('Dana Example');
  await ed.getByLabel('Your short label for the source (your words)').fill('River basin notes');
  await ed.getByLabel('What kind of text it is (your words)').fill('notes');
  await ed.getByRole('button', { name: 'Add source' }).click();
}

/** Selects words in the source's text, as a mouse drag or Shift+arrows would. */
export async function selectWords(page: Page, words: string) {
  const text = editor(page).getByLabel('Text of River basin notes: select a passage');
  await text.evaluate((el: HTMLTextAreaElement, w) => {
    const start = el.value.indexOf(w);
    el.focus();
    el.setSelectionRange(start, start + w.length);
  }, words);
  await editor(page).getByRole('button', { name: 'Use as evidence' }).click();
}

interface Relation {
  first: string;
  second: string;
  newFirst?: boolean;
  secondKind?: string;
  relation: string;
  terms: string;
  summary: string;
  modality?: string;
}

export async function makeRelation(page: Page, r: Relation) {
  const form = editor(page).getByRole('form', { name: 'New evidence' });
  const first = form.getByRole('group', { name: 'First entity' });
  if (r.newFirst === false)
    await first.getByLabel('Entity', { exact: true }).selectOption({ label: r.first });
  else {
    await first.getByLabel('Name', { exact: true }).fill(r.first);
    await first.getByLabel('Description (your words)').fill(`A party in the notes: ${r.first}.`);
  }
  const second = form.getByRole('group', { name: 'Second entity' });
  await second.getByLabel('Name', { exact: true }).fill(r.second);
  if (r.secondKind) await second.getByLabel('Kind').selectOption({ label: r.secondKind });
  await second.getByLabel('Wikidata QID (optional, e.g. Q232)').fill('Q42');
  await second
    .getByLabel('Where the QID comes from (a list or page someone can check)')
    .fill('https://www.wikidata.org/wiki/Q42');
  await second.getByLabel('Description (your words)').fill(`A party in the notes: ${r.second}.`);
  await form.getByLabel('Relation', { exact: true }).selectOption({ label: r.relation });
  await form.getByLabel('Summary of the relation (your words)').fill(r.summary);
  await form.getByLabel('The passage’s own words for the relation (comma-separated)').fill(r.terms);
  await form.getByLabel('Who speaks (voice)').selectOption({ label: 'an analyst' });
  await form.getByLabel('How firmly').selectOption({ label: r.modality ?? 'states' });
  await form.getByRole('button', { name: 'Add evidence' }).click();
  await expect(form).toBeHidden();
}

/** The whole draft of the tests: one source, two passages, two relations, three new entities. */
export async function buildRiverMap(page: Page) {
  await page.goto('./?edit');
  // A new draft shows the way in, not the rules it cannot yet meet; its first source ends that.
  const start = editor(page).getByRole('heading', { name: 'Three steps to a first map' });
  await expect(start).toBeVisible();
  await expect(editor(page).getByText(/problems? to fix/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Relations graph' })).toHaveText(
    'Nothing to draw yet: this map has no entities.',
  );
  await pasteSource(page);
  await expect(start).toHaveCount(0);
  await expect(editor(page).getByText(/problems? to fix/)).toBeVisible();
  await selectWords(page, FIRST);
  await makeRelation(page, {
    first: 'Upland Republic',
    second: 'Lowland State',
    relation: 'strategic ties',
    terms: 'strategic cooperation',
    summary: 'The notes report an agreement to expand strategic cooperation.',
  });
  await selectWords(page, SECOND);
  await makeRelation(page, {
    first: 'Upland Republic',
    newFirst: false,
    second: 'Delta Union',
    secondKind: 'Organisation',
    relation: 'participation',
    terms: 'cooperation within',
    summary: 'Analysts expect Delta Union to join the basin council.',
    modality: 'hedges or denies',
  });
}
