// Valid HTML: the Nu HTML Checker (vnu-jar, run with the system's Java) on the built pages and on
// the DOM React renders for the main states, serialised from Chromium with a doctype. React
// renders what the build's index.html only holds a root for, so the rendered DOM is what needs
// checking. Any error fails; warnings are printed.
//
//   node scripts/engines/html-check.mjs   (alone; run.mjs runs it after the engines)
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import vnuJar from 'vnu-jar';
import { PROBE_PATH } from './server.mjs';

export const STATES = {
  main: '/',
  relation: '/?select=kazakhstan,russia',
  embed: '/?embed&select=kazakhstan,russia',
  source: '/?source=regional-threats-essay',
  table: '/?view=table',
  russian: '/?lang=ru&select=kazakhstan,china',
  present: '/?present=1',
};
// Not embed-demo.html: its iframes carry the public embed snippet as the contract gives it,
// width="100%", which HTML does not allow (a width is a number of pixels); changing that is a
// contract change, for the lead.
const BUILT = ['index.html'];

function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && fs.existsSync(p),
  );
}

/** Serialises each state's DOM into `dir`; returns the files written. */
async function renderStates(origin, dir) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    timeout: 30_000,
  });
  try {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const files = [];
    for (const [name, url] of Object.entries(STATES)) {
      await page.goto(origin + url, { timeout: 20_000 });
      // What each state shows once drawn: the map's entities, the table's rows, the marks.
      const ready =
        name === 'table' ? 'table tbody tr' : name === 'source' ? 'mark' : 'svg [role="button"]';
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle', { timeout: 15_000 });
      const html = await page.evaluate(
        ([probe, origin]) => {
          document.querySelector(`script[src="${probe}"]`)?.remove(); // the test's, not the app's
          // Vite writes its preloads with absolute URLs; relative ones read as the served page
          // does, since the checker would judge 'self' in the CSP against a file: URL.
          const html = document.documentElement.outerHTML.replaceAll(`${origin}/`, './');
          return `<!DOCTYPE html>\n${html}`;
        },
        [PROBE_PATH, origin],
      );
      const file = path.join(dir, `rendered-${name}.html`);
      fs.writeFileSync(file, html);
      files.push(file);
    }
    return files;
  } finally {
    await browser.close();
  }
}

function vnu(files) {
  return new Promise((resolve, reject) => {
    // The checker judges the CSP's 'self' against the files' file: URLs, so it would flag every
    // script and stylesheet of the app; the policy itself is tested where it applies, in the
    // browsers (e2e/csp.spec.ts, and the engines suite's probe reports any violation).
    const csp = '.*violates Content Security Policy.*';
    const args = ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--stdout', '--filterpattern', csp];
    args.push(...files);
    execFile('java', args, { maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout) => {
      if (err?.code === 'ENOENT')
        return reject(new Error('no java: install a JRE (bash scripts/ensure-engines.sh)'));
      if (err && !stdout) return reject(new Error(`java -jar vnu.jar: ${err.message}`));
      try {
        resolve(JSON.parse(stdout).messages);
      } catch {
        reject(new Error(`vnu.jar gave no JSON: ${String(stdout).slice(0, 200)}`));
      }
    });
  });
}

/** Returns the problems found (empty: valid). */
export async function htmlCheck({ origin, dist }) {
  const dir = path.resolve(dist, '..', 'test-results', 'engines', 'html');
  fs.mkdirSync(dir, { recursive: true });
  const built = BUILT.map((f) => path.join(dist, f)).filter((f) => fs.existsSync(f));
  const files = [...built, ...(await renderStates(origin, dir))];
  const messages = await vnu(files);
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
  const where = (m) => `${path.basename(decodeURIComponent(m.url ?? '?'))}:${m.lastLine ?? '?'}`;
  const seen = new Map();
  for (const m of warnings) seen.set(m.message, [...(seen.get(m.message) ?? []), where(m)]);
  for (const [text, at] of seen) console.log(`  html warning (${at.length}×, ${at[0]}): ${text}`);
  console.log(
    `  html: ${files.length} documents, ${errors.length} error(s), ${warnings.length} warning(s)`,
  );
  return errors.map(
    (m) => `html ${where(m)}: ${m.message} (${(m.extract ?? '').trim().slice(0, 120)})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startPreview } = await import('./server.mjs');
  const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const dist = path.join(root, 'dist');
  const server = await startPreview({
    root,
    outDir: dist,
    port: Number(process.env.ENGINES_PORT ?? 4433),
  });
  const problems = await htmlCheck({ origin: server.origin, dist }).finally(() => server.close());
  for (const p of problems) console.log(p);
  process.exit(problems.length ? 1 : 0);
}
