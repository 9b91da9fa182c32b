// Measures what a reader sees on the built map at each surface: collisions between rendered
// node labels, visible relation labels and node shapes, the smallest rendered label, and takes
// a screenshot of each. `npx vite build && SHOT_PORT=4412 node scripts/legibility-probe.mjs [dir]`
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { measureLegibility } from '../e2e/legibility-measure.mjs';

const surfaces = [
  { name: 'phone-390', url: '', width: 390, height: 844 },
  { name: 'phone-390-selected', url: '?select=kazakhstan,eeu', width: 390, height: 844 },
  { name: 'desktop-1280', url: '', width: 1280, height: 800 },
  { name: 'desktop-1280-selected', url: '?select=kazakhstan,russia', width: 1280, height: 800 },
  { name: 'present-1920', url: '?tour=classroom&step=2&present=1', width: 1920, height: 1080 },
  { name: 'embed-640', url: '?embed', width: 640, height: 560 },
  { name: 'embed-360', url: '?embed', width: 360, height: 560 },
  { name: 'ru-1280', url: '?lang=ru', width: 1280, height: 800 },
  { name: 'kk-1280', url: '?lang=kk', width: 1280, height: 800 },
  { name: 'ru-390', url: '?lang=ru', width: 390, height: 844 },
  { name: 'kk-390', url: '?lang=kk&select=kazakhstan,russia', width: 390, height: 844 },
  {
    name: 'kk-present-1920',
    url: '?lang=kk&tour=classroom&step=2&present=1',
    width: 1920,
    height: 1080,
  },
  { name: 'dark-1280', url: '?theme=dark&select=kazakhstan,china', width: 1280, height: 800 },
  {
    name: 'contrast-1280',
    url: '?theme=contrast&select=kazakhstan,china',
    width: 1280,
    height: 800,
  },
];

const dir = process.argv[2] ?? '/tmp/legibility';
mkdirSync(dir, { recursive: true });
const port = Number(process.env.SHOT_PORT ?? 4174);
const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: true } });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const s of surfaces) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    await page.goto(`http://127.0.0.1:${port}/${s.url}`);
    await page.locator('.graph .node').first().waitFor();
    await page.waitForTimeout(700);
    const m = await page.evaluate(measureLegibility);
    const list = (a) => a.map((c) => c.join('×')).join(', ');
    console.log(
      `${s.name.padEnd(22)} label/label ${m.labelLabel.length}  label/node ${m.labelNode.length}` +
        `  min node label ${m.minNodeLabel.toFixed(1)}px  min relation label ${m.minRelationLabel.toFixed(1)}px` +
        (m.labelLabel.length ? `\n    ${list(m.labelLabel)}` : '') +
        (m.labelNode.length ? `\n    ${list(m.labelNode)}` : ''),
    );
    await page.screenshot({ path: `${dir}/${s.name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
