// Takes the screenshots in docs/ from the real, built app: `npm run build && npm run screenshots`.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const shots = [
  { file: 'docs/desktop.png', url: '?select=kazakhstan,russia', width: 1280, height: 800 },
  { file: 'docs/desktop-overview.png', url: '', width: 1280, height: 800 },
  { file: 'docs/phone.png', url: '?select=kazakhstan,eeu', width: 390, height: 844 },
  { file: 'docs/embed-demo.png', url: 'embed-demo.html', width: 1100, height: 1500 },
  {
    file: 'docs/source-view.png',
    url: '?source=territorial-defense-report',
    width: 1280,
    height: 800,
  },
  { file: 'docs/table-view.png', url: '?view=table&stance=qualifies', width: 1280, height: 800 },
  // Each interface language: the desktop view, a phone and presentation mode.
  ...['kk', 'ru'].flatMap((lang) => [
    {
      file: `docs/${lang}-desktop.png`,
      url: `?lang=${lang}&select=kazakhstan,russia`,
      width: 1280,
      height: 800,
    },
    {
      file: `docs/${lang}-phone.png`,
      url: `?lang=${lang}&select=kazakhstan,eeu`,
      width: 390,
      height: 844,
    },
    {
      file: `docs/${lang}-present.png`,
      url: `?lang=${lang}&tour=classroom&step=2&present=1`,
      width: 1920,
      height: 1080,
    },
    {
      file: `docs/${lang}-embed.png`,
      url: `?lang=${lang}&embed&select=kazakhstan,csto`,
      width: 640,
      height: 560,
    },
  ]),
  ...(process.argv.slice(2).length
    ? process.argv.slice(2).map((arg) => {
        const [file, url, width = '1280', height = '800'] = arg.split('|');
        return { file, url, width: +width, height: +height };
      })
    : []),
];

const port = Number(process.env.SHOT_PORT ?? 4174);
const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: true } });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    await page.goto(`http://127.0.0.1:${port}/${s.url}`);
    // The map, or a view that covers it (the table, a source text), or a host page's iframes.
    // A host page with two lazy iframes may never go quiet for 500 ms: wait a while, then go
    // on to the content checks below, which are what matter.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    await page
      .locator('.graph .node:visible, .table-view, .source-text mark, iframe')
      .first()
      .waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: s.file });
    console.log(`wrote ${s.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
