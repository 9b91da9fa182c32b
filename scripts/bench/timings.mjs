// Browser timings, in headless Chromium, for one graph on one page (the app or the baseline):
// first drawn graph, time to interactive and long tasks under 4x CPU slowdown (median of `runs`
// fresh loads; the app's own graph also with JavaScript off), then, unthrottled,
// layout settle time, CPU used by the idle page after it settles, and frame times while
// dragging the focal node in circles. Printed, never asserted: shared machines are noisy.
/* global window, document -- the page functions below run in the browser */
import { baselineHtml, baselineJs, baselineScripts } from './baseline.mjs';
import { probe } from './probe.mjs';
import { TASK_CATEGORIES, tasksByCpu } from './task-cpu.mjs';

const APP = { path: '', nodes: '.nodes > g[transform]', focal: null };
// A large graph (served in place of the shipped one) is drawn on the canvas: only the canvas
// counts as its drawing. The prerendered shipped map in the HTML is not it, and watching that
// map's elements measured the layout as settled before the canvas had even appeared.
const APP_CANVAS = { ...APP, nodes: 'canvas[data-focal]' };
const CURATED_MAX = 200; // app/features/graph/engine/size-class.ts
const BASELINE = { path: '__bench/baseline.html', nodes: '#nodes > g[transform]', focal: '#focal' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null;
};

async function openPage(browser, base, target, graphJson, throttle, trace = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (graphJson) {
    await page.route('**/data/graph.json', (r) =>
      r.fulfill({ body: graphJson, contentType: 'application/json' }),
    );
  }
  await page.route('**/__bench/**', (r) => {
    const url = r.request().url();
    if (url.endsWith('baseline.html'))
      return r.fulfill({ body: baselineHtml, contentType: 'text/html' });
    if (url.endsWith('d3.js'))
      return r.fulfill({ body: baselineScripts, contentType: 'text/javascript' });
    return r.fulfill({ body: baselineJs, contentType: 'text/javascript' });
  });
  await page.addInitScript({ content: probe(target.nodes) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  if (trace) await browser.startTracing(page, { categories: TASK_CATEGORIES });
  await page.goto(base + target.path);
  await page.waitForFunction(() => window.__bench.firstDraw !== null, null, { timeout: 120_000 });
  return { context, page, cdp };
}

/** One load at 4x slowdown: first drawn graph, interactive, long tasks until then (+0.5 s). */
async function firstDraw(browser, base, target, graphJson) {
  const { context, page } = await openPage(browser, base, target, graphJson, 4);
  await page.waitForFunction(() => window.__bench.interactive !== null, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const t = await page.evaluate(() => {
    const b = window.__bench;
    const until = b.interactive + 500;
    const long = b.longTasks.filter(([start]) => start < until).map(([, d]) => d);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return {
      firstDraw: b.inHtml && fcp !== undefined ? Math.min(fcp, b.firstDraw) : b.firstDraw,
      interactive: b.interactive,
      longTasks: long.length,
      longTaskMs: long.reduce((a, d) => a + d, 0),
      longestTaskMs: Math.max(0, ...long),
    };
  });
  await context.close();
  return t;
}

/**
 * With JavaScript off, at 4x slowdown: the first contentful paint, which for the prerendered app
 * is its map (the probe cannot run: it is a script). Null when nothing is painted.
 */
async function firstPaintWithoutJs(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(base);
  await page.waitForTimeout(1000);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  const drawn = await page.locator(APP.nodes).count();
  await context.close();
  return drawn ? fcp : null;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function interactive(browser, base, target, graphJson) {
  // The canvas (a large graph) is traced while it lays out: its tasks' CPU time (task-cpu.mjs).
  const trace = target === APP_CANVAS;
  const { context, page, cdp } = await openPage(browser, base, target, graphJson, 1, trace);
  // Settled: no sampled node has moved for a second (or give up after 30 s).
  await page
    .waitForFunction(() => performance.now() - (window.__bench.lastMove ?? 0) > 1000, null, {
      timeout: 60_000,
      polling: 250,
    })
    .catch(() => {});
  // Not settled when the canvas view still runs its simulation, or a sampled node moved lately
  // (a starved main thread can also delay the probe, so both are asked).
  const settled = await page.evaluate(
    () =>
      document.querySelector('canvas[data-layout="running"]') === null &&
      performance.now() - (window.__bench.lastMove ?? 0) > 1000,
  );
  const settle = settled ? await page.evaluate(() => window.__bench.lastMove) : null;
  // Long tasks from the first drawn graph to the layout's rest (or now, if it did not settle).
  const layoutTasks = await page.evaluate((end) => {
    const b = window.__bench;
    return b.longTasks.filter(([t]) => t >= b.firstDraw && t <= (end ?? performance.now()));
  }, settle);
  const firstDrawn = await page.evaluate(() => window.__bench.firstDraw);
  const layoutCpu = trace
    ? tasksByCpu(
        (await browser.stopTracing()).toString(),
        firstDrawn,
        settle ?? (await page.evaluate(() => performance.now())),
      )
    : null;
  await page.evaluate(() => window.__bench.stop());
  await page.waitForTimeout(500);
  const t0 = await taskSeconds(cdp);
  await page.waitForTimeout(2000);
  const idleCpuMsPerS = (((await taskSeconds(cdp)) - t0) * 1000) / 2;

  const focal = target.focal
    ? page.locator(target.focal)
    : page
        .getByRole('region', { name: /graph/i })
        .getByRole('button', { name: 'Kazakhstan', exact: true });
  let box;
  const canvas = page.locator('canvas[data-focal]');
  if (await canvas.count()) {
    // The canvas view publishes where the focal node is drawn, in canvas pixels.
    const c = await canvas.boundingBox();
    const [fx, fy] = (await canvas.getAttribute('data-focal')).split(',').map(Number);
    box = { x: c.x + fx, y: c.y + fy, width: 0, height: 0 };
  } else box = await focal.boundingBox();
  let frames = [];
  if (box) {
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.evaluate(() => window.__bench.start());
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 10, cy, { steps: 2 });
    await page.evaluate(() => {
      window.__bench.frames = [];
      window.__bench.recording = true;
    });
    const start = Date.now();
    for (let i = 0; Date.now() - start < 2500; i++) {
      const a = i / 8;
      await page.mouse.move(cx + 60 * Math.cos(a), cy + 60 * Math.sin(a));
    }
    frames = await page.evaluate(() => {
      window.__bench.recording = false;
      return window.__bench.frames;
    });
    await page.mouse.up();
  }
  const nodes = (await canvas.count())
    ? JSON.parse(graphJson ?? '{"nodes":[]}').nodes.length
    : await page.locator(target.nodes).count();
  await context.close();
  const mean = frames.length ? frames.reduce((a, b) => a + b, 0) / frames.length : null;
  return {
    nodes,
    settleMs: settle,
    layoutLongTasks: layoutTasks.length,
    layoutLongestTaskMs: layoutTasks.reduce((m, [, d]) => Math.max(m, d), 0),
    // The same window's tasks by thread CPU time: what the load of other work does not inflate.
    layoutTasksOver50Cpu: layoutCpu?.over50 ?? null,
    layoutLongestTaskCpuMs: layoutCpu?.longestMs ?? null,
    idleCpuMsPerS,
    dragFrames: frames.length,
    dragFrameMedianMs: median(frames),
    dragFrameP95Ms: pct(frames, 0.95),
    dragFps: mean ? 1000 / mean : null,
  };
}

export async function measureGraph(browser, base, { graphJson = null, runs = 3, baseline = true }) {
  const out = {};
  const large = graphJson && JSON.parse(graphJson).nodes.length > CURATED_MAX;
  const app = large ? APP_CANVAS : APP;
  for (const [name, target] of baseline
    ? [
        ['app', app],
        ['baseline', BASELINE],
      ]
    : [['app', app]]) {
    process.stderr.write(
      `  ${name}: ${runs} load(s) at 4x slowdown, then settle, idle and drag…\n`,
    );
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await firstDraw(browser, base, target, graphJson));
    const noJs = [];
    // Only the app, and only its own graph, can draw without JavaScript (it is in the HTML).
    if (target === APP && !graphJson)
      for (let i = 0; i < runs; i++) noJs.push(await firstPaintWithoutJs(browser, base));
    out[name] = {
      firstDrawMs4x: median(loads.map((l) => l.firstDraw)),
      firstDrawRuns: loads.map((l) => l.firstDraw),
      interactiveMs4x: median(loads.map((l) => l.interactive)),
      longTasks4x: median(loads.map((l) => l.longTasks)),
      longTaskMs4x: median(loads.map((l) => l.longTaskMs)),
      longestTaskMs4x: median(loads.map((l) => l.longestTaskMs)),
      ...(noJs.length ? { firstDrawNoJsMs4x: median(noJs.filter((x) => x !== null)) } : {}),
      ...(await interactive(browser, base, target, graphJson)),
    };
  }
  if (out.baseline) {
    const ratio = (k) => (out.app[k] && out.baseline[k] ? out.app[k] / out.baseline[k] : null);
    out.ratio = {
      firstDraw: ratio('firstDrawMs4x'),
      interactive: ratio('interactiveMs4x'),
      firstDrawNoJs:
        out.app.firstDrawNoJsMs4x && out.baseline.firstDrawMs4x
          ? out.app.firstDrawNoJsMs4x / out.baseline.firstDrawMs4x
          : null,
      settle: ratio('settleMs'),
      dragFrameMedian: ratio('dragFrameMedianMs'),
    };
  }
  return out;
}
