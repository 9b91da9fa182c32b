// What the first view's JS is made of: an in-memory build (the same config as `vite build`) lists
// the modules of every chunk; each module of the first-view chunks is minified on its own and
// gzipped, and the estimates are scaled so that each chunk adds up to its real gzip size.
// Printed, never asserted (the budget is asserted on the real files, sizes.mjs).
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils'; // rolldown ships with Vite 8: its minifier
import { build } from 'vite';

const gzip = (s) => gzipSync(s, { level: 9 }).length;

/** Groups a module id: a package name for node_modules, the folder for our own code. */
function owner(id) {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [a, b] = id.slice(nm + 13).split('/');
    return a.startsWith('@') ? `${a}/${b}` : a;
  }
  const app = id.indexOf('/app/');
  if (app >= 0)
    return `app/${
      id
        .slice(app + 5)
        .split('/')
        .slice(0, -1)
        .join('/') || '.'
    }`;
  return id.replace(/^\0/, '');
}

/** kB of gzip per package (and per folder of app/) in the given first-view files. */
export async function moduleBreakdown(initialFiles) {
  const out = await build({ logLevel: 'silent', build: { write: false } });
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const wanted = new Set(initialFiles.map((f) => f.replace(/\\/g, '/')));
  const total = new Map();
  for (const c of chunks) {
    if (c.type !== 'chunk' || !wanted.has(c.fileName)) continue;
    const est = Object.entries(c.modules)
      .filter(([, m]) => m.code)
      .map(([id, m]) => {
        let code = m.code;
        try {
          // Without compress: alone, a module's top-level code looks unused and would vanish.
          const name = id.replace(/[?#].*$/, '').replace(/\.[cm]?[jt]sx?$/, '.js');
          code = minifySync(name, code, { compress: false }).code;
        } catch {
          /* keep the unminified code: a slight overestimate */
        }
        return [owner(id), gzip(code)];
      });
    const scale = gzip(c.code) / (est.reduce((a, [, g]) => a + g, 0) || 1);
    for (const [who, g] of est) total.set(who, (total.get(who) ?? 0) + g * scale);
  }
  return Object.fromEntries(
    [...total].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)]),
  );
}
