// public/boot.js is copied to dist/ as written, comments and all, and it is part of the first
// view's script (the benchmark counts it). The build minifies the copy in place, with the
// minifier Vite itself uses (rolldown's), so the source stays readable and commented while the
// page downloads about half the bytes. Build only: the dev server serves the source.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifySync } from 'rolldown/utils';
import type { Plugin } from 'vite';

export function minifyBoot(file = 'boot.js'): Plugin {
  let outDir = '';
  return {
    name: 'minify-boot',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle() {
      const path = join(outDir, file);
      if (!existsSync(path)) return; // an in-memory build (the benchmark's breakdown) writes none
      const { code, errors } = minifySync(file, readFileSync(path, 'utf8'), {
        compress: { target: 'es2020' },
        mangle: true,
      });
      if (errors?.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(path, code);
    },
  };
}
