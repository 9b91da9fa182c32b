/* eslint-disable */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { syntheticGraph } from './bench/synthetic.mjs';
const server = await preview({ logLevel: 'warn', preview: { port: 4412, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const big = JSON.stringify(syntheticGraph(5000));
await page.route('**/data/graph.json', (r) => r.fulfill({ body: big, contentType: 'application/json' }));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const phase = process.argv[2] ?? 'drag';
if (phase === 'layout') await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4412/');
await page.waitForFunction(() => document.querySelector('canvas[data-layout="settled"]'), null, { timeout: 90000 });
if (phase === 'drag') {
  await page.waitForTimeout(1000);
  const c = await page.locator('canvas').boundingBox();
  const [fx, fy] = (await page.locator('canvas').getAttribute('data-focal')).split(',').map(Number);
  const cx = c.x + fx, cy = c.y + fy;
  await page.mouse.move(cx, cy); await page.mouse.down(); await page.mouse.move(cx + 10, cy, { steps: 2 });
  await page.evaluate(() => { window.__f = []; let last = 0; const f = (t) => { if (last) window.__f.push(t - last); last = t; if (window.__f.length < 1000) requestAnimationFrame(f); }; requestAnimationFrame(f); });
  await cdp.send('Profiler.start');
  const start = Date.now();
  for (let i = 0; Date.now() - start < 2500; i++) { const a = i / 8; await page.mouse.move(cx + 60 * Math.cos(a), cy + 60 * Math.sin(a)); }
  await page.mouse.up();
  const fr = await page.evaluate(() => window.__f);
  fr.sort((a, b) => a - b);
  console.log('frames', fr.length, 'median', fr[fr.length >> 1]?.toFixed(1), 'fps', (1000 * fr.length / fr.reduce((a, b) => a + b, 0)).toFixed(1), 'k', await page.evaluate(() => document.querySelector('canvas').dataset.k));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t / 1000); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n'));
await browser.close(); await server.close();
