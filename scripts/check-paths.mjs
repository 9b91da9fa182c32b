// Every path a doc or a code comment names exists: README.md, docs/*.md and the comments in
// app/, e2e/ and scripts/ name files so that a reader can open them, and a move that leaves a
// name behind sends the reader nowhere. Checked: paths under the repository's folders
// (`app/features/graph/view/geometry.ts`, `model/ids.ts` inside app/, `./x.ts` beside the file)
// and bare file names of code and docs (`label-placement.ts`, `contract.md`), which must exist
// somewhere in the repository. Not checked: what only the build writes (`dist/`, `data/export/`,
// bench and test results), and placeholders (`<id>`, `*`). Run by `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['app', 'e2e', 'scripts'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'test-results', 'bench-results']);
const CODE = /\.(ts|tsx|mjs|js)$/;
/** Folders a path may start from: the repository's, and app/'s (docs say `model/ids.ts`). */
const FOLDERS = 'app|e2e|scripts|docs|data|public|model|store|lib|features|i18n|shell|styles';
const PATH = new RegExp(`(?<![\\w@/.:-])(?:\\.{1,2}/)*(?:${FOLDERS})/[\\w./-]*[\\w/]`, 'g');
const BARE = /(?<![\w/.@:-])[\w][\w.-]*\.(?:tsx?|mjs|css|md)(?![\w/])/g;
/** Written by the build or by tools, not kept in the repository. */
const BUILT = /^(dist|data\/export|bench-results|test-results)(\/|$)/;

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** The comment text of a source file, line by line (line numbers kept). */
export function commentLines(source) {
  let inBlock = false;
  return source.split('\n').map((line) => {
    const t = line.trim();
    if (inBlock) {
      if (t.includes('*/')) inBlock = false;
      return line;
    }
    if (t.startsWith('/*')) {
      inBlock = !t.includes('*/');
      return line;
    }
    const at = line.search(/(^|\s)\/\/\s/);
    return at < 0 ? '' : line.slice(at);
  });
}

/** The paths a line of text names that do not exist, for a file at `file` under `root`. */
export function missingPaths(text, file, root, basenames) {
  const missing = [];
  for (const m of text.matchAll(PATH)) {
    const dir = m[0].endsWith('/');
    const p = m[0].replace(/[./]+$/, '');
    // A path names a file by its extension or a folder by its slash; `app/baseline` is prose.
    if (!dir && !/\.\w+$/.test(p)) continue;
    if (BUILT.test(p) || /[<>*{}]/.test(text.slice(m.index, m.index + m[0].length + 1))) continue;
    const candidates = [
      path.join(root, p),
      path.join(root, 'app', p),
      path.join(path.dirname(path.join(root, file)), p),
    ];
    // An import-style mention names a module without its extension.
    const exists = candidates.some((c) =>
      ['', '.ts', '.tsx', '.mjs', '.js'].some((ext) => fs.existsSync(c + ext)),
    );
    if (!exists) missing.push(p);
  }
  for (const m of text.matchAll(BARE)) if (!basenames.has(m[0])) missing.push(m[0]);
  return missing;
}

export function checkPaths(root) {
  const files = [...walk(root)].map((f) => path.relative(root, f).split(path.sep).join('/'));
  const basenames = new Set(files.map((f) => path.basename(f)));
  const docs = files.filter((f) => f === 'README.md' || /^docs\/[^/]+\.md$/.test(f));
  const code = files.filter((f) => ROOTS.includes(f.split('/')[0]) && CODE.test(f));
  const problems = [];
  for (const file of [...docs, ...code]) {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const lines = docs.includes(file) ? source.split('\n') : commentLines(source);
    lines.forEach((line, i) => {
      for (const p of missingPaths(line, file, root, basenames)) {
        problems.push(`${file}:${i + 1}: names ${p}, which does not exist`);
      }
    });
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkPaths(process.argv[2] ?? process.cwd());
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
