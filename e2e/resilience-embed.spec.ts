// embed.js resizes the map's frames only: another frame on the article that posts the same
// message (an ad, a widget) keeps its size.
import { expect, test } from './fixtures';

test('embed.js resizes only frames that are the map’s', async ({ page }) => {
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
    <body><iframe id="map" title="Map" src="./?embed" width="100%" height="300"></iframe>
    <iframe id="other" title="Other" height="150" srcdoc="<script>setInterval(function () {
      parent.postMessage({ type: 'relations-map:resize', height: 1234, id: null }, '*');
    }, 100)</script>"></iframe>
    <script src="./embed.js" async></script></body></html>`;
  await page.route('**/host-test.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: host }),
  );
  await page.goto('./host-test.html');
  // The map's frame is fitted to its content (its own message, from its own address).
  await expect(page.locator('#map')).not.toHaveAttribute('height', '300');
  // Meanwhile the other frame has said "1234" many times over: it keeps its size.
  await expect(page.locator('#other')).toHaveAttribute('height', '150');
  const other = await page.locator('#other').evaluate((f) => f.getBoundingClientRect().height);
  expect(other).toBeLessThan(300);
});
