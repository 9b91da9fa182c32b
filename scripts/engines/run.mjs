#!/usr/bin/env node
// The cross-engine suite (npm run test:engines, the last step of npm test): the smoke cases of
// smoke.mjs in Firefox ESR and WebKitGTK, then the HTML check (html-check.mjs), against
// `vite preview` of the built dist/.
//
//   node scripts/engines/run.mjs [--engines firefox,webkit] [--dist DIR] [--no-html] [--only TEXT]
//                                [--serial]
//
// ENGINES_PORT (default 4433) is the preview's port. Screenshots of failures go to
// test-results/engines/. A watchdog ends everything after ENGINES_DEADLINE seconds (default
// 300), so a stuck browser cannot hang CI.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefox, killAll } from './drivers.mjs';
import { webkit } from './webkit.mjs';
import { htmlCheck } from './html-check.mjs';
import { startPreview } from './server.mjs';
import { CASES, runCase } from './smoke.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const engines = opt('engines', 'firefox,webkit').split(',').filter(Boolean);
const dist = path.resolve(root, opt('dist', 'dist'));
const only = opt('only', '');
const port = Number(process.env.ENGINES_PORT ?? 4433);
const shots = path.join(root, 'test-results', 'engines');
const deadline = Number(process.env.ENGINES_DEADLINE ?? 300);

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`No ${path.relative(root, dist)}/index.html: run npm run build first.`);
  process.exit(2);
}
setTimeout(() => {
  console.error(`engines: gave up after ${deadline} s (ENGINES_DEADLINE); browsers stopped.`);
  killAll();
  process.exit(3);
}, deadline * 1000).unref();
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });

const T0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const server = await startPreview({ root, outDir: dist, port });
console.log(`engines: serving ${path.relative(root, dist) || '.'} at ${server.origin}`);
const failures = [];
const cases = CASES.filter(([name]) => name.includes(only));

// One engine: start it, run every case, stop it. Returns the lines to print, so that the two
// engines' reports do not interleave when they run at once.
async function runEngine(name) {
  const t = Date.now();
  const out = [];
  let eng;
  try {
    eng = await (name === 'webkit' ? webkit() : name === 'firefox' ? firefox() : null);
    if (!eng) throw new Error(`unknown engine "${name}" (use firefox, webkit)`);
  } catch (e) {
    failures.push(`${name}: ${e.message}`);
    return [`✘ ${name}: ${e.message}`];
  }
  out.push(`${name}: ${eng.version}`);
  for (const c of cases) {
    const tc = Date.now();
    const problem = await runCase(eng, server, c);
    if (problem === null) {
      out.push(`  ✔ ${c[0]} (${secs(tc)})`);
      continue;
    }
    fs.mkdirSync(shots, { recursive: true });
    const file = `${name}-${c[0].replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
    await eng.screenshot(path.join(shots, file)).catch(() => {});
    failures.push(`${name}: ${c[0]} (${c[1]}): ${problem}`);
    out.push(`  ✘ ${c[0]} (${c[1]}, ${secs(tc)})\n      ${problem}`);
    out.push(`      screenshot: ${path.relative(root, path.join(shots, file))}`);
  }
  await eng.close();
  out.push(`${name}: ${secs(t)} (start and ${cases.length} cases)`);
  return out;
}

// The engines run side by side (each case waits on its own browser, so they do not contend
// much); --serial runs them one after the other, for a slow or crowded machine.
if (args.includes('--serial')) {
  for (const name of engines) console.log((await runEngine(name)).join('\n'));
} else {
  for (const lines of await Promise.all(engines.map(runEngine))) console.log(lines.join('\n'));
}

if (!args.includes('--no-html')) {
  const t = Date.now();
  const problems = await htmlCheck({ origin: server.origin, dist }).catch((e) => [
    `HTML check did not run: ${e.message}`,
  ]);
  failures.push(...problems);
  console.log(`html: ${problems.length ? problems.length + ' problem(s)' : 'valid'} (${secs(t)})`);
}

await server.close();
killAll();
if (failures.length) {
  console.error(
    `\nengines: ${failures.length} failure(s) in ${secs(T0)}:\n- ${failures.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(`engines: all passed in ${secs(T0)}`);
process.exit(0);
