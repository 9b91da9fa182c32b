// Two engines behind one small interface: goto, evaluate, clickAt (real pointer input at a
// viewport point), key, screenshot, close. Firefox ESR is driven by puppeteer-core over WebDriver
// BiDi; WebKitGTK by plain fetch to the W3C WebDriver HTTP API of WebKitWebDriver, which drives
// MiniBrowser under an Xvfb started here. Everything started here is tracked by process id and
// killed on close or exit, and every call has a time limit, so a browser that fails to start or
// stops answering fails the suite with the reason instead of hanging it.
import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';

export const VIEWPORT = { width: 1280, height: 800 };

const started = new Set();
export function killGroup(pid) {
  started.delete(pid);
  try {
    process.kill(-pid, 'SIGKILL'); // the group: the driver's browser and its helpers too
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
export function killAll() {
  for (const pid of [...started]) killGroup(pid);
}
process.on('exit', killAll);

export function spawnTracked(cmd, args, opts) {
  const child = spawn(cmd, args, { detached: true, ...opts });
  if (child.pid) started.add(child.pid);
  return child;
}
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
export const which = (bin) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
export const tail = (log) => log.trim().split('\n').slice(-3).join(' | ');

export async function firefox() {
  const exe = process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox');
  if (!exe) throw new Error('no Firefox: install firefox-esr (bash scripts/ensure-engines.sh)');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath: exe,
      headless: true,
      timeout: 30_000,
      protocolTimeout: 20_000,
      defaultViewport: VIEWPORT,
      // The app follows the browser's languages; pin English as the Playwright tests do.
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US, en' },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
    45_000,
    `starting Firefox (${exe})`,
  ).catch((e) => {
    const why = e.message
      .replace(/TROUBLESHOOTING.*/s, '')
      .replace(/\s+/g, ' ')
      .trim();
    throw new Error(`Firefox (${exe}) did not start: ${why}`, { cause: e });
  });
  const pid = browser.process()?.pid;
  if (pid) started.add(pid);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const version = await browser.version();
  let seen = [];
  page.on('pageerror', (e) => seen.push(`uncaught ${String(e?.message ?? e).split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text().slice(0, 300)}`);
  });
  return {
    name: 'firefox',
    version: `Firefox ${version}`,
    async goto(url) {
      seen = [];
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    evaluate: (fn, ...args) => withTimeout(page.evaluate(fn, ...args), 10_000, 'Firefox evaluate'),
    clickAt: (x, y) => withTimeout(page.mouse.click(x, y), 10_000, 'Firefox click'),
    key: (k) => withTimeout(page.keyboard.press(k), 10_000, `Firefox key ${k}`),
    screenshot: (file) => withTimeout(page.screenshot({ path: file }), 15_000, 'screenshot'),
    driverErrors: () => seen,
    async close() {
      await withTimeout(browser.close(), 10_000, 'Firefox close').catch(() => {});
      if (pid) killGroup(pid);
    },
  };
}
