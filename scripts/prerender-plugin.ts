// The first view in the HTML. Two parts:
// - `virtual:shipped-layout`: the shipped graph's settled layout, computed in Node when the app
//   is built (or served), so the browser runs no layout for it;
// - after the build, the app's first view rendered with React's server renderer (in Node,
//   through Vite's module runner, app/entry-server.tsx) into dist/index.html, which main.tsx
//   then hydrates. The markup is the view before the URL is read (no selection, no theme chosen,
//   not embedded) in English.
// public/boot.js, a classic script in <head> (the CSP allows no inline script), runs before the
// first paint. The page is static, so the query string cannot choose the HTML: it applies what
// the URL asks for that CSS can show at once, and the app does the rest once it has hydrated.
// It is kept tiny (it is in the first view's bytes) and in step with store/url-codec.ts and
// i18n/langs.ts (scripts/boot.test.ts checks that it is):
//   theme=light|dark|contrast -> <html data-theme>, as the app sets it;
//   embed -> <html data-embed>: app.css hides the full view's chrome;
//   a language other than the prerendered English (lang=, else the browser's) ->
//     <html data-boot-lang>: app.css hides the English markup until the app has drawn the map
//     in that language (rendered from scratch, as before prerendering).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { GraphData } from '../app/model/schema.ts';
import { parseGraph } from '../app/model/validate.ts';

const VIRTUAL = 'virtual:shipped-layout';
/** The element the app renders into; the prerendered markup goes inside it. */
export const ROOT = '<div id="root"></div>';

function shippedData(dataDir: string): GraphData | null {
  const parsed = parseGraph(JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')));
  return parsed.ok ? parsed.data : null;
}

/**
 * Imports one of the app's modules in Node through Vite's module runner, with the app's `@/`
 * alias and the given plugins (the runner reads no config file).
 */
async function importApp<T>(root: string, id: string, plugins: Plugin[] = []): Promise<T> {
  const { module } = await runnerImport<T>(id, {
    root,
    logLevel: 'error',
    resolve: { alias: { '@': join(root, 'app') } },
    // The first view never fetches the data (it is given), so never reads the data's hash.
    define: { __GRAPH_HASH__: '""' },
    plugins,
  });
  return module;
}

/** Stylesheets play no part in the markup (the built page links them). */
const noCss: Plugin = {
  name: 'no-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : null),
  load: (id) => (id === '\0no-css' ? 'export {};' : null),
};

/** `virtual:shipped-layout`: the shipped graph's settled layout, computed in Node. */
function shippedLayout(root: string, dataDir: string): Plugin {
  return {
    name: 'shipped-layout',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const data = shippedData(dataDir);
      type Layout = typeof import('../app/features/graph/engine/simulation.ts');
      const { computeShippedLayout } = await importApp<Layout>(
        root,
        '/app/features/graph/engine/simulation.ts',
      );
      const layout = data ? computeShippedLayout(data.nodes, data.edges) : null;
      return `export default ${JSON.stringify(layout)};`;
    },
  };
}

export function prerender(root: string, dataDir: string): Plugin[] {
  let outDir = '';
  // An in-memory build (the benchmark's module breakdown) writes no index.html to prerender into.
  let write = true;
  const layout = shippedLayout(root, dataDir);
  const firstView: Plugin = {
    name: 'prerender',
    apply: 'build',
    // boot.js (public/) applies the URL's theme, embed and language before the first paint;
    // the data is fetched alongside the script, not after it.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'script', attrs: { src: './boot.js' }, injectTo: 'head' },
        {
          tag: 'link',
          attrs: { rel: 'preload', href: 'data/graph.json', as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ],
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      write = config.build.write;
    },
    closeBundle: {
      // After the other plugins have written dist/ (the CSP is already in index.html).
      order: 'post',
      sequential: true,
      async handler() {
        if (!write) return;
        const data = shippedData(dataDir);
        if (!data) return; // graph-data has already refused the build
        type Server = typeof import('../app/entry-server.tsx');
        const server = await importApp<Server>(root, '/app/entry-server.tsx', [layout, noCss]);
        const { renderFirstView, firstFrameStyles } = server;
        const markup = await renderFirstView(data, 'en');
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        if (!html.includes(ROOT)) this.error(`No ${ROOT} in ${file} to prerender into`);
        // The map's first frame per width (app/features/graph/svg/first-frames.ts): a stylesheet,
        // named by its content as Vite names the others (the CSP allows no inline style).
        const frames = firstFrameStyles(data);
        const hash = createHash('sha256').update(frames).digest('base64url').slice(0, 8);
        const css = `assets/first-frames-${hash}.css`;
        writeFileSync(join(outDir, css), frames);
        writeFileSync(
          file,
          html
            .replace(ROOT, `<div id="root" data-prerendered="en">${markup}</div>`)
            .replace('</head>', `<link rel="stylesheet" href="./${css}">\n</head>`),
        );
      },
    },
  };
  return [layout, firstView];
}
