// The path check fails lint on a doc or a comment that names a file that is not there, and
// passes the repository as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'check-paths.mjs');
const run = (cwd: string) => spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });

function repo(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

it('names a path or file a doc or a comment gives that does not exist', () => {
  const dir = repo({
    'app/model/ids.ts':
      '// See app/model/gone.ts and draw.ts.\nexport const x = "app/not-a-comment.ts";\n',
    'app/model/here.ts': '/* Beside ids.ts, in model/ids.ts and ./ids. */\n',
    'docs/one.md': 'Read [docs/two.md](docs/two.md), `features/graph/` and `docs/three.md`.\n',
    'docs/two.md': 'What the build writes: `data/export/relations.gexf`, `dist/`.\n',
    'app/features/graph/a.ts': '',
    'README.md': 'The app/baseline ratio; `scripts/missing.mjs`.\n',
  });
  const result = run(dir);
  expect(result.status).toBe(1);
  const named = result.stderr.trim().split('\n').sort();
  expect(named).toEqual([
    'README.md:1: names scripts/missing.mjs, which does not exist',
    'app/model/ids.ts:1: names app/model/gone.ts, which does not exist',
    'app/model/ids.ts:1: names draw.ts, which does not exist',
    'docs/one.md:1: names docs/three.md, which does not exist',
  ]);
});

it('passes the repository', () => {
  const result = run(path.resolve(import.meta.dirname, '..'));
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
