// `vite preview` of the built dist/ for the cross-engine suite, with one addition: each HTML page
// gets a same-origin probe script (allowed by the page's CSP, script-src 'self') that records
// uncaught errors, unhandled rejections, console.error, CSP violations and resources that failed
// to load, so WebKit, driven over classic WebDriver (no console access), reports them as Firefox
// does. Responses of 400 and above are recorded here too. dist/ itself is not touched.
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';

export const PROBE_PATH = '/__engines-probe.js';

// Plain ES5 so it runs unchanged in every engine; it must not throw or log itself.
const PROBE = `(function () {
  if (window.__engines) return;
  var E = (window.__engines = []);
  function push(s) { if (E.length < 40) E.push(String(s).replace(/\\s+/g, ' ').slice(0, 300)); }
  function fmt(a) {
    try { if (a instanceof Error) return a.name + ': ' + a.message; if (a && typeof a === 'object') return JSON.stringify(a); } catch (_) {}
    return String(a);
  }
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.nodeType === 1) return push('failed to load <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
    push('uncaught ' + (e.message || '') + ' at ' + (e.filename || '?') + ':' + (e.lineno || 0));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { push('unhandled rejection: ' + fmt(e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) {
    push('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || ''));
  });
  var original = console.error;
  console.error = function () {
    push('console.error: ' + Array.prototype.map.call(arguments, fmt).join(' '));
    return original.apply(console, arguments);
  };
})();
`;

/** Starts the preview server; `failed` collects { engine, text: "404 /path" } for every failed
 *  response. */
export async function startPreview({ root, outDir, port }) {
  const failed = [];
  const indexHtml = path.join(outDir, 'index.html');
  const probe = {
    name: 'engines-probe',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        // Both engines may run at once: a failure is put down to the browser that asked.
        const ua = req.headers['user-agent'] ?? '';
        const engine = /Firefox\//.test(ua)
          ? 'firefox'
          : /Chrome\//.test(ua)
            ? 'chromium'
            : 'webkit';
        res.on('finish', () => {
          if (res.statusCode >= 400)
            failed.push({ engine, text: `${res.statusCode} ${url.pathname}` });
        });
        if (url.pathname === PROBE_PATH) {
          res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
          return res.end(PROBE);
        }
        if (url.pathname === '/' || url.pathname === '/index.html') {
          const html = fs.readFileSync(indexHtml, 'utf8');
          const at = html.search(/<script\b/i);
          const tag = `<script src="${PROBE_PATH}"></script>`;
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-store',
          });
          return res.end(at < 0 ? html : html.slice(0, at) + tag + html.slice(at));
        }
        next();
      });
    },
  };
  const server = await preview({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    plugins: [probe],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    failed,
    close: () => server.close(),
  };
}
