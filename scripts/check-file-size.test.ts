// The file-size check fails lint on a long file, and passes the repository as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'check-file-size.mjs');
const run = (cwd: string) => spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });

it('names a source file over 250 lines, and not a catalogue or one at the limit', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-size-'));
  const write = (file: string, lines: number) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'x;\n'.repeat(lines));
  };
  write('app/model/long.ts', 251);
  write('app/model/fine.ts', 250);
  write('app/i18n/en.ts', 400);
  const result = run(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('app/model/long.ts: 251 lines');
  expect(result.stderr).not.toContain('fine.ts');
  expect(result.stderr).not.toContain('en.ts');
});

it('names a file that opts out of the formatter', () => {
  const optOut = 'prettier' + '-ignore'; // spelt in two parts, or this file would carry it
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-size-'));
  fs.mkdirSync(path.join(dir, 'app/model'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'app/model/squeezed.ts'), `const a = 1, b = 2; // ${optOut}\n`);
  fs.writeFileSync(path.join(dir, 'app/model/plain.ts'), 'const a = 1;\n');
  const result = run(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`app/model/squeezed.ts: ${optOut}`);
  expect(result.stderr).not.toContain('plain.ts');
});

it('passes the repository', () => {
  const result = run(path.resolve(import.meta.dirname, '..'));
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
