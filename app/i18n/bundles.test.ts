import { describe, expect, it } from 'vitest';
import { bundleFor, loadLang, withFeatureTexts } from './bundles';

describe('loading catalogues', () => {
  // First: once en-more.ts has joined, every text can be read.
  it('refuses, on the server (prerendering), an English text the first view does not carry', () => {
    expect(() => bundleFor('en').ui.evidence.showAll).toThrow(/evidence\.showAll .* en\.ts/);
    expect(bundleFor('en').ui.evidence.panel).toBe('Evidence');
  });

  it('completes English with the on-demand features’ texts when a feature loads', async () => {
    expect(bundleFor('en').ui.tour).toBeUndefined();
    await expect(withFeatureTexts(Promise.resolve('feature'))).resolves.toBe('feature');
    expect(bundleFor('en').ui.tour.next).toBe('Next →');
    expect(bundleFor('en').ui.table.title).toBeTruthy();
  });

  it('loads Kazakh and Russian whole, and falls back to English until then', async () => {
    expect(bundleFor('ru').ui.meta.title).toBe(bundleFor('en').ui.meta.title);
    await loadLang('ru');
    expect(bundleFor('ru').ui.relation.ally).toBe('союз');
    expect(bundleFor('ru').ui.tour.next).toBeTruthy();
    expect(bundleFor('ru').data['Russia']).toBe('Россия');
  });
});
