// No source file over 250 lines: a long file is a sign that it does two things. And no
// formatter opt-out to squeeze one under the limit: split it by what it does instead.
// Counts the code of the app, its tests, the end-to-end specs and the scripts (.ts, .tsx, .mjs,
// .js); tests count too, since a 300-line test is as hard to read as a 300-line module.
// Not counted: the catalogues, which are flat lists of texts that grow with the interface, and
// style sheets, which are flat lists of rules already split by feature (docs/architecture.md).
// Run by `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';

export const MAX_LINES = 250;
const ROOTS = ['app', 'e2e', 'scripts'];
const CODE = /\.(ts|tsx|mjs|js)$/;
const CATALOGUES = /^app\/i18n\/(en|kk|ru|en-more|data-[a-z]+)\.ts$/;

/** Files known to be over, each with the work that splits it. The check fails once one is no
 *  longer over, so the list only shrinks. */
const KNOWN = {};

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(full);
    } else if (CODE.test(entry.name)) yield full.split(path.sep).join('/');
  }
}

/** The formatter's opt-out comment, spelt in two parts so this file does not carry it. */
const OPT_OUT = 'prettier' + '-ignore';

const lines = (file) => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

const problems = [];
for (const root of ROOTS.filter((r) => fs.existsSync(r))) {
  for (const file of walk(root)) {
    if (CATALOGUES.test(file)) continue;
    if (fs.readFileSync(file, 'utf8').includes(OPT_OUT)) {
      problems.push(`${file}: ${OPT_OUT}; format it normally and split the file if it grows long`);
    }
    const n = lines(file);
    if (n > MAX_LINES && !KNOWN[file]) {
      problems.push(`${file}: ${n} lines (at most ${MAX_LINES}); split it by what it does`);
    } else if (n <= MAX_LINES && KNOWN[file]) {
      problems.push(`${file}: now ${n} lines; remove it from KNOWN in scripts/check-file-size.mjs`);
    }
  }
}
for (const file of Object.keys(KNOWN)) {
  if (!fs.existsSync(file)) problems.push(`${file}: gone; remove it from KNOWN`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
