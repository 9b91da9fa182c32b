// What the first view downloads: the scripts, module preloads and stylesheets that the built
// index.html references, measured as gzip (level 9) and brotli (quality 11) would send them.
// Lazy chunks are reported apart. Deterministic, so the budgets are asserted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function measure(dist, files) {
  let raw = 0,
    gz = 0,
    br = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gz += gzip(buf);
    br += brotli(buf);
  }
  return { files: files.length, raw, gzip: gz, brotli: br };
}

/** Follows static imports from the entry chunks, so a split that is not lazy still counts. */
function initialClosure(dist, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not import().
    for (const m of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      visit(join('assets', m[1]));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export function bundleSizes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));
  const entryJs = [
    ...refs(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const initialJs = initialClosure(dist, entryJs);
  const allJs = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('assets', f));
  const lazyJs = allJs.filter((f) => !initialJs.includes(f));
  return {
    initialJs: measure(dist, initialJs),
    initialJsFiles: initialJs,
    initialCss: measure(dist, css),
    lazyJs: measure(dist, lazyJs),
    html: measure(dist, ['index.html']),
    data: measure(dist, ['data/graph.json']),
  };
}
