import { chromium } from '@playwright/test';
import { measureGraph } from '/work/wt-prerender/scripts/bench/timings.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const r = await measureGraph(browser, process.argv[2] ?? 'http://127.0.0.1:4413/', { runs: Number(process.argv[3] ?? 5), baseline: true });
console.log(JSON.stringify(r, null, 1));
await browser.close();
