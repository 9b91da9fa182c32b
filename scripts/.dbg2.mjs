import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
p.on('console', m => console.log('console:', m.text()));
await p.goto('http://127.0.0.1:4173/'); await p.waitForTimeout(500);
console.log(await p.evaluate(() => [document.querySelector('.edge-label')?.getAttribute('transform'), document.querySelector('.graph-svg').style.cssText, document.querySelector('.graph-svg g').getAttribute('transform')]));
await b.close();
