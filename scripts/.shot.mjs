import { chromium } from '@playwright/test';
const [,, url, out, w='1280', h='800'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(url); await p.waitForTimeout(800);
await p.screenshot({ path: out });
await b.close();
