import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { syntheticGraph } from './bench/synthetic.mjs';
const server = await preview({
  logLevel: 'warn',
  preview: { port: 4197, host: '127.0.0.1', strictPort: true },
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const json = JSON.stringify(syntheticGraph(1000));
for (const [file, q, w, h] of [
  ['/tmp/wt7-canvas.png', '?select=n-5', 1280, 800],
  ['/tmp/wt7-canvas-phone.png', '?theme=dark', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.route('**/data/graph.json', (r) =>
    r.fulfill({ body: json, contentType: 'application/json' }),
  );
  await page.goto('http://127.0.0.1:4197/' + q);
  await page.locator('canvas[data-layout="settled"]').waitFor({ timeout: 60000 });
  if (file.includes('phone')) {
    await page.getByRole('button', { name: 'Node 7', exact: true }).focus();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  await page.close();
}
await browser.close();
await server.close();
