// The classroom pictures in docs/ from the built app (`npm run build` first): presentation
// mode at 1920×1080, and the printed handout, printed to PDF by Chromium on A4 and on Letter
// and rendered to PNG with pdftoppm (Debian: apt-get install poppler-utils).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const port = Number(process.env.SHOT_PORT ?? 4174);
const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: true } });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const base = `http://127.0.0.1:${port}/`;
const ready = (page) =>
  page.getByRole('button', { name: 'Kazakhstan', exact: true }).first().waitFor();

try {
  for (const [file, query] of [
    ['docs/present-1920.png', '?tour=classroom&step=2&present=1'],
    ['docs/present-contrast-1920.png', '?tour=classroom&step=9&present=1&theme=contrast'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(base + query);
    await ready(page);
    await page.getByText(/Step \d+ of/).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }

  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  for (const format of ['A4', 'Letter']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base + '?select=kazakhstan,russia');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('region', { name: 'Handout' }).waitFor();
    const pdf = join(dir, `handout-${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: false });
    const out = `docs/handout-${format.toLowerCase()}`;
    // Pages 1 and 2: the map, then the first relations with their passages.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, out]);
    console.log(`wrote ${out}-*.png (pages 1 and 2 of ${pdf})`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
