// Two engines behind one small interface: goto, evaluate, clickAt (real pointer input at a
// viewport point), key, screenshot, close. Firefox ESR is driven by puppeteer-core over WebDriver
// BiDi; WebKitGTK by plain fetch to the W3C WebDriver HTTP API of WebKitWebDriver, which drives
// MiniBrowser under an Xvfb started here. Everything started here is tracked by process id and
// killed on close or exit, and every call has a time limit, so a browser that fails to start or
// stops answering fails the suite with the reason instead of hanging it.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export const VIEWPORT = { width: 1280, height: 800 };

const started = new Set();
function killGroup(pid) {
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

function spawnTracked(cmd, args, opts) {
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
const which = (bin) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const tail = (log) => log.trim().split('\n').slice(-3).join(' | ');

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

/** An X display for WebKit: Xvfb picks a free display number itself (-displayfd), so parallel
 *  jobs on a shared machine cannot race for one as `xvfb-run -a` can. */
async function startXvfb() {
  const bin = which('Xvfb');
  if (!bin) throw new Error('no Xvfb: install xvfb (bash scripts/ensure-engines.sh)');
  const screen = `${VIEWPORT.width + 200}x${VIEWPORT.height + 200}x24`;
  const x = spawnTracked(bin, ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  x.stderr.on('data', (d) => (log = (log + d).slice(-2000)));
  const display = await withTimeout(
    new Promise((resolve, reject) => {
      let buf = '';
      x.stdio[3].on('data', (d) => {
        buf += d;
        if (buf.includes('\n')) resolve(`:${buf.trim()}`);
      });
      x.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${tail(log)}`)));
    }),
    10_000,
    'starting Xvfb',
  );
  return { pid: x.pid, display };
}

function findMiniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const p = `${dir}/${api}/MiniBrowser`;
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

export async function webkit() {
  const driverBin = process.env.WEBKIT_WEBDRIVER || which('WebKitWebDriver');
  if (!driverBin) throw new Error('no WebKitWebDriver: install webkit2gtk-driver');
  const mini = findMiniBrowser();
  if (!mini) throw new Error('no MiniBrowser (libwebkit2gtk-4.1-0); set MINIBROWSER=path');
  const x = await startXvfb();
  const port = await freePort();
  const env = { ...process.env, DISPLAY: x.display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
  const drv = spawnTracked(driverBin, [`--port=${port}`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d) => (log = (log + d).slice(-4000));
  drv.stdout.on('data', keep);
  drv.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, p, body, ms = 15_000) => {
    const what = `WebDriver ${method} ${p.replace(/^\/session\/[^/]+/, '')}`;
    let res;
    try {
      res = await fetch(base + p, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(ms),
      });
    } catch (e) {
      throw new Error(
        `${what}: ${e.name === 'TimeoutError' ? `no answer in ${ms} ms` : e.message}`,
        { cause: e },
      );
    }
    const j = await res.json().catch(() => ({}));
    if (!res.ok || j?.value?.error)
      throw new Error(`${what}: ${j?.value?.error ?? res.status} ${j?.value?.message ?? ''}`);
    return j.value;
  };
  for (const t0 = Date.now(); ; await sleep(100)) {
    const up = await call('GET', '/status', null, 1000).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (drv.exitCode !== null || Date.now() - t0 > 10_000) {
      killGroup(x.pid);
      throw new Error(`WebKitWebDriver (${driverBin}) did not start: ${tail(log) || 'no output'}`);
    }
  }
  const capabilities = {
    alwaysMatch: {
      browserName: 'MiniBrowser',
      pageLoadStrategy: 'normal',
      timeouts: { pageLoad: 20_000, script: 10_000, implicit: 0 },
      'webkitgtk:browserOptions': { binary: mini, args: ['--automation'] },
    },
  };
  let session;
  try {
    session = await call('POST', '/session', { capabilities }, 45_000);
  } catch (e) {
    killGroup(drv.pid);
    killGroup(x.pid);
    throw new Error(`${e.message} | driver: ${tail(log)}`, { cause: e });
  }
  const S = `/session/${session.sessionId}`;
  const exec = (fn, args) =>
    call('POST', `${S}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args });
  // Size the viewport, not the window, to VIEWPORT.
  for (let i = 0; i < 3; i++) {
    const [w, h] = await exec(
      String(() => [innerWidth, innerHeight]),
      [],
    );
    if (w === VIEWPORT.width && h === VIEWPORT.height) break;
    const r = await call('GET', `${S}/window/rect`);
    await call('POST', `${S}/window/rect`, {
      width: r.width + VIEWPORT.width - w,
      height: r.height + VIEWPORT.height - h,
    });
  }
  const KEYS = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004' };
  const actions = async (list) => {
    await call('POST', `${S}/actions`, { actions: list });
    await call('DELETE', `${S}/actions`).catch(() => {});
  };
  return {
    name: 'webkit',
    version: `WebKitGTK ${session.capabilities?.browserVersion} (MiniBrowser)`,
    goto: (url) => call('POST', `${S}/url`, { url }, 25_000),
    evaluate: (fn, ...args) => exec(String(fn), args),
    // WebKitWebDriver's Element Click refuses SVG elements ("not interactable"), so every click
    // is pointer input at a point the suite has checked hit-tests to the target.
    clickAt: (x0, y0) =>
      actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: x0, y: y0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]),
    key: (k) =>
      actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: KEYS[k] ?? k },
            { type: 'keyUp', value: KEYS[k] ?? k },
          ],
        },
      ]),
    async screenshot(file) {
      fs.writeFileSync(file, Buffer.from(await call('GET', `${S}/screenshot`), 'base64'));
    },
    driverErrors: () => [],
    async close() {
      await call('DELETE', S, null, 10_000).catch(() => {});
      killGroup(drv.pid);
      killGroup(x.pid);
    },
  };
}
