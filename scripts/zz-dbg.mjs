import { chromium } from '@playwright/test';
import { syntheticGraph } from '/work/wt-engine/scripts/bench/synthetic.mjs';
const n = Number(process.argv[2] ?? 1000);
const url = process.argv[3] ?? 'http://127.0.0.1:4412/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message)); page.on('worker', (w) => { console.log('worker', w.url()); setTimeout(async () => { try { console.log('in worker', await w.evaluate(() => typeof self.onmessage + ' ' + typeof document)); } catch (e) { console.log('werr', e.message); } }, 3000); }); page.on('requestfailed', (r) => console.log('failed', r.url()));
if (n) { const big = JSON.stringify(syntheticGraph(n)); await page.route('**/data/graph.json', (r) => r.fulfill({ body: big, contentType: 'application/json' })); }
await page.addInitScript(() => { const W = window.Worker; window.__msgs = { in: 0, out: [] }; window.Worker = class extends W { constructor(...a) { super(...a); this.addEventListener('message', (e) => { window.__msgs.in++; window.__msgs.rest = e.data.rest; }); this.addEventListener('error', (e) => { window.__msgs.err = String(e.message); }); } postMessage(m, t) { window.__msgs.out.push(m.type); return super.postMessage(m, t); } }; });
await page.goto(url);
for (let i = 0; i < 8; i++) { await page.waitForTimeout(2000); console.log(i, await page.evaluate(() => JSON.stringify([window.__msgs.in, window.__msgs.rest, document.querySelector('canvas')?.dataset.layout]))); }
console.log(await page.locator('canvas').evaluateAll((c) => c.map((x) => [x.getAttribute('aria-label'), x.dataset.layout, x.dataset.focal])));
console.log(await page.evaluate(() => JSON.stringify(window.__msgs)));
await page.screenshot({ path: `/tmp/engine-shot-${n}.png` });
await browser.close();
