// What the tests know of the shipped data, read from data/ itself: a test that hard-coded the
// passages could not notice the app showing something that is not in a source.
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

const root = new URL('../', import.meta.url);
interface Data {
  nodes: { id: string; label: string; focal?: boolean }[];
  edges: {
    source: string;
    target: string;
    relation: string;
    label: string;
    passages: { source: string }[];
  }[];
  sources: { id: string; file: string }[];
}
export const data = JSON.parse(readFileSync(new URL('data/graph.json', root), 'utf8')) as Data;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const corpus = data.sources.map((s) =>
  squash(readFileSync(new URL(`data/sources/${s.file}`, root), 'utf8')),
);

export const label = (id: string) => data.nodes.find((n) => n.id === id)!.label;

/** True when the text occurs in one of the shipped source texts, whitespace aside. */
export function isVerbatim(text: string): boolean {
  const t = squash(text);
  return t.length > 0 && corpus.some((c) => c.includes(t));
}

/** The eight entities whose relation to Kazakhstan docs/contract.md fixes. */
export { CONTRACT_PARTNER_IDS as CONTRACT_IDS } from '../app/model/contract.ts';

export const test = base.extend<{ consoleErrors: string[] }>({
  // Automatic: listening from the page's first moment, not from when afterEach asks (which
  // was after the errors had happened, so the check could not fail).
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
    },
    { auto: true },
  ],
});
export { expect };

export const graph = (page: Page) => page.getByRole('region', { name: /graph/i });
export const panel = (page: Page) => page.getByRole('complementary', { name: /evidence/i });

/** Every passage shown in the panel is verbatim and cited, with its stance. */
export async function expectCitedVerbatimPassages(page: Page) {
  const figures = panel(page).locator('figure');
  await expect(figures.first()).toBeVisible();
  // One read of every figure (a relation can have 16): the same checks, without a round trip
  // to the browser per passage, which made the long tour test slow.
  const shown = await figures.evaluateAll((els) =>
    els.map((f) => ({
      quote: f.querySelector('blockquote')?.textContent ?? '',
      cite: f.querySelector('figcaption cite')?.textContent?.trim() ?? '',
      caption: f.querySelector('figcaption')?.textContent ?? '',
    })),
  );
  for (const { quote, cite, caption } of shown) {
    expect(isVerbatim(quote), `not verbatim: ${quote}`).toBe(true);
    expect(cite, `no cite for: ${quote}`).not.toBe('');
    expect(caption).toMatch(/Supports|Qualifies/);
    // Who speaks and how firmly, in words (docs/contract.md, accessible structure).
    expect(caption, `no voice for: ${quote}`).toMatch(
      /Voice: (an official document|a named official|an unnamed official|an analyst|the journalist’s own framing|an unattributed writer) · (states|reports|recommends|hedges or denies)/,
    );
  }
  return shown.length;
}
