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

  it('refuse a wing of the map that imports upwards or across, however it is written', async () => {
    const upwards: [string, string, RegExp][] = [
      [
        'engine/example.ts',
        "export { bounds } from '../view/geometry';",
        /^graph\/engine may not import graph\/view/,
      ],
      [
        'view/example.ts',
        "export { drawLayout } from '@/features/graph/svg/svg-writer';",
        /^graph\/view may not import graph\/svg/,
      ],
      [
        'view/example.ts',
        "export { Legend } from '../chrome/legend';",
        /^graph\/view may not import graph\/chrome/,
      ],
      [
        'chrome/example.tsx',
        "export { useZoom } from '../svg/use-zoom';",
        /^graph\/chrome may not import graph\/svg/,
      ],
      [
        'svg/example.ts',
        "export const x = import('../canvas/canvas-draw');",
        /^graph\/svg may not import graph\/canvas/,
      ],
      [
        'canvas/example.ts',
        "export { useZoom } from '../svg/use-zoom';",
        /^graph\/canvas may not import graph\/svg/,
      ],
      [
        'canvas/example.ts',
        "export { Graph } from '../graph';",
        /^graph\/canvas may not import graph\/face/,
      ],
    ];
    for (const [file, code, message] of upwards) {
      const errors = await layerErrors(`app/features/graph/${file}`, code);
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    }
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
      ['app/features/graph/example.tsx', "export { GraphCanvas } from './canvas/graph-canvas';"],
      ['app/features/graph/svg/example.ts', "export { bounds } from '../view/geometry';"],
      ['app/features/graph/canvas/example.ts', "export { Legend } from '../chrome/legend';"],
      ['app/features/graph/view/example.ts', "export { createLayout } from '../engine/layout';"],
      ['app/features/graph/engine/example.ts', "export { sizeClass } from './size-class';"],
    ];
    for (const [file, code] of legal) expect(await layerErrors(file!, code!)).toEqual([]);
  });
});
