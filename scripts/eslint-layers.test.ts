// The layer rules fail `npm run lint`: ESLint, with the project's own config, run on code that
// breaks them (and on code that does not) as if it were a file in each place.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

describe('layer rules', { timeout: 30_000 }, () => {
  it('refuse a model file that imports the store or i18n', async () => {
    const errors = await layerErrors(
      'app/model/example.ts',
      [
        "import { useUi } from '@/store/store';",
        "import { en } from '../i18n/en';",
        'export const x = [useUi, en];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^model may not import store/);
    expect(errors[1]).toMatch(/^model may not import i18n/);
  });

  it('refuse a feature that imports another feature or the shell, however it is written', async () => {
    const errors = await layerErrors(
      'app/features/table/example.tsx',
      [
        "import { EvidencePanel } from '@/features/evidence/evidence-panel';",
        "import { Legend } from '../graph/legend';",
        "import { Notices } from '@/shell/notices';",
        "export const x = [EvidencePanel, Legend, Notices, import('@/features/tour/tour-bar')];",
      ].join('\n'),
    );
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^feature:table may not import feature:evidence/);
  });

  it('refuse the store reaching up to the i18n hooks, and the catalogues to the store', async () => {
    expect(
      await layerErrors('app/store/example.ts', "export { useT } from '@/i18n/catalogue';"),
    ).toHaveLength(1);
    expect(
      await layerErrors('app/i18n/example.ts', "export { useUi } from '@/store/store';"),
    ).toHaveLength(1);
  });

  it('allow what the layers allow', async () => {
    const legal = [
      ['app/features/table/example.tsx', "export { useUi } from '@/store/store';"],
      ['app/features/table/example.tsx', "export { edgeKey } from '@/model/ids';"],
      ['app/features/table/example.tsx', "export { useT } from '@/i18n/catalogue';"],
      ['app/features/table/example.tsx', "export { RelationsTable } from './relations-table';"],
      ['app/model/example.ts', "export { contentHash } from '@/lib/content-hash';"],
      ['app/store/example.ts', "export { loadLang } from '@/i18n/bundles';"],
      ['app/i18n/example.ts', "export { buildIndex } from '../model/graph-index';"],
      ['app/shell/example.tsx', "export { Legend } from '@/features/graph/chrome/legend';"],
    ];
    for (const [file, code] of legal) expect(await layerErrors(file!, code!)).toEqual([]);
  });
});
