import { describe, expect, it } from 'vitest';
import { bundleFor, loadLang, withFeatureTexts } from './bundles';

describe('loading catalogues', () => {
  it('completes English with the on-demand features’ texts when a feature loads', async () => {
    expect(bundleFor('en').ui.tour).toBeUndefined();
    await expect(withFeatureTexts(Promise.resolve('feature'))).resolves.toBe('feature');
    expect(bundleFor('en').ui.tour.next).toBe('Next →');
    expect(bundleFor('en').ui.table.title).toBeTruthy();
  });

  it('loads Kazakh and Russian whole, and falls back to English until then', async () => {
    expect(bundleFor('ru').ui.meta.title).toBe(bundleFor('en').ui.meta.title);
    await loadLang('ru');
    expect(bundleFor('ru').ui.relation.ally).toBe('союзник');
    expect(bundleFor('ru').ui.tour.next).toBeTruthy();
    expect(bundleFor('ru').data['Russia']).toBe('Россия');
  });
});
