// WebKitGTK for the cross-engine suite: MiniBrowser under an Xvfb started here, driven by plain
// fetch to the W3C WebDriver HTTP API of WebKitWebDriver (the process helpers are drivers.mjs's).
import fs from 'node:fs';
import {
  spawnTracked,
  sleep,
  withTimeout,
  which,
  freePort,
  tail,
  VIEWPORT,
  killGroup,
} from './drivers.mjs';

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
