// A host page on another origin (its own port), as a news site would be: it embeds the app by
// iframe with embed.js or with pym.js, records the messages it receives, and also serves the
// built app under a sub-path (/maps/kz/) to show the build works from any base path.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const recordMessages = `<script>
  window.__messages = [];
  window.addEventListener('message', function (e) { window.__messages.push(e.data); });
</script>`;

function page(body: string, width = 640) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${recordMessages}</head><body style="margin:0"><main style="width:${width}px">${body}</main></body></html>`;
}

/** An article with the embed between long stretches of text, to see whether the page moves. */
const article = (app: string, width: number) =>
  page(
    `<h1>Article</h1><div style="height:1500px">Text above the map.</div>
      <iframe id="map" src="${app}?embed&amp;select=kazakhstan,russia" title="Relations map" width="100%" height="150" style="border:0;display:block"></iframe>
      <div style="height:3000px">Text below the map.</div>
      <script src="${app}embed.js" async></script>`,
    width,
  );

export function hostPages(app: string): Record<string, string> {
  return {
    '/embed-js.html': page(`<h1>Article</h1>
      <iframe id="map" src="${app}?embed" title="Relations map" width="100%" height="150" style="border:0"></iframe>
      <script src="${app}embed.js" async></script>`),
    '/deep-link.html':
      page(`<iframe id="map" src="${app}?embed&amp;select=kazakhstan,eeu" title="Relations map" width="100%" height="150" style="border:0"></iframe>
      <script src="${app}embed.js" async></script>`),
    '/no-script.html': page(
      `<iframe id="map" src="${app}?embed" title="Relations map" width="100%" height="480" style="border:0"></iframe>`,
    ),
    '/article-640.html': article(app, 640),
    '/article-360.html': article(app, 360),
    '/pym.html': page(`<div id="map"></div>
      <script src="/pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('map', '${app}?embed', { title: 'Relations map' });</script>`),
  };
}

export async function startHost(app: string): Promise<{ url: string; server: Server }> {
  const pages = hostPages(app);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (pages[path]) {
      res.writeHead(200, { 'Content-Type': types['.html']! });
      res.end(pages[path]);
      return;
    }
    let file: string | null = null;
    if (path === '/pym.v1.min.js') file = join(root, 'node_modules/pym.js/dist/pym.v1.min.js');
    if (path.startsWith('/maps/kz/')) {
      const rel = normalize(path.slice('/maps/kz/'.length) || 'index.html');
      if (!rel.startsWith('..')) file = join(root, 'dist', rel);
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
