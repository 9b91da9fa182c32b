// Is the first view's JS (sizes.mjs: what index.html loads, following static imports) really all
// the first view needs? The app is loaded with every other script held back; the map must still
// be drawn and become interactive (hydrated: a prerendered map is drawn with no script at all).
// Otherwise something the first view needs was lazy-loaded, and the size budget would flatter it.
/* global window */
import { probe } from './probe.mjs';

export async function firstViewSelfContained(browser, base, initialFiles) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const initial = new Set(initialFiles.map((f) => f.replace(/\\/g, '/')));
  const held = [];
  let release;
  const released = new Promise((r) => (release = r));
  await page.route('**/assets/*.js', async (route) => {
    const file = `assets/${new URL(route.request().url()).pathname.split('/').pop()}`;
    if (initial.has(file)) return route.fallback();
    held.push(file);
    await released;
    return route.fallback();
  });
  await page.addInitScript({ content: probe('.nodes > g[transform]') });
  // Not waiting for "load": a held-back script would hold it back too.
  await page.goto(base, { waitUntil: 'commit' });
  const drawn = await page
    .waitForFunction(
      () => window.__bench?.firstDraw != null && window.__bench?.interactive != null,
      null,
      { timeout: 20_000 },
    )
    .then(() => true)
    .catch(() => false);
  release();
  await context.close();
  return { drawn, heldBack: [...new Set(held)] };
}
