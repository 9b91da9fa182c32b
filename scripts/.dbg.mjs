import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://127.0.0.1:4173/'); await p.waitForTimeout(500);
console.log(await p.evaluate(() => {
  const svg = document.querySelector('.graph-svg'); const g = svg.firstElementChild;
  const r = (e) => { const x = e.getBoundingClientRect(); return [x.left, x.top, x.width, x.height].map(Math.round).join(','); };
  const bb = g.getBBox(); return { bb: [bb.x,bb.y,bb.width,bb.height].map(Math.round).join(','), svg: r(svg), g: r(g), t: g.getAttribute('transform'), ca: r(document.querySelector('[data-id="central-asia"] text')) };
}));
await b.close();
