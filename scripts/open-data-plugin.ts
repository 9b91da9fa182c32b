// Builds the open-data files (data/export/: graph formats, CSV, CSL-JSON, Web Annotations and
// the schema.org Dataset) from data/ at build time, in Node, so the browser never builds them.
// The build fails when an annotation's selectors do not re-anchor in their source text. The
// dev server serves the same files. A sibling of graph-data-plugin.ts, which validates the
// data: when the data is invalid that plugin fails the build, so this one only builds.
import type { Plugin } from 'vite';
import { buildDate } from '../app/lib/open-data/credit.ts';
import { buildExports } from '../app/lib/open-data/build-exports.ts';
import { datasetScript } from '../app/lib/open-data/dataset.ts';
import { DATASET_FILE, EXPORT_DIR } from '../app/lib/open-data/files.ts';
import { siteUrl } from '../app/lib/open-data/site-url.ts';
import { parseGraph } from '../app/model/validate.ts';
import { readDataInput, type DataInput } from './data-input.ts';

/** The shipped source texts by file name (the exports' test reads them). */
export function readSourceTexts(dataDir: string): Record<string, string> {
  return readDataInput(dataDir, null).texts;
}

function exportsOf(input: DataInput): ReturnType<typeof buildExports> {
  const parsed = parseGraph(input.graph, input.name);
  if (!parsed.ok) return { files: [], problems: [], warnings: [] };
  return buildExports(parsed.data, input.texts, buildDate(process.env), siteUrl(process.env));
}

export function openData(read: () => DataInput): Plugin {
  return {
    name: 'open-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.includes('/' + EXPORT_DIR)) return next();
        const file = exportsOf(read()).files.find((f) => path.endsWith('/' + f.fileName));
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.body);
      });
    },
    // The dataset description in the page itself, where search engines read structured data:
    // a <script type="application/ld+json"> is a data block, never run, so the CSP's
    // script-src (csp-plugin.ts) does not apply and stays as strict as it is (e2e/csp.spec.ts
    // watches for violations; vnu accepts the element). The link to the file stays too.
    transformIndexHtml: () => {
      const input = read();
      const parsed = parseGraph(input.graph, input.name);
      const link = {
        tag: 'link',
        attrs: {
          rel: 'alternate',
          type: 'application/ld+json',
          href: EXPORT_DIR + DATASET_FILE,
          title: 'This map as a dataset (schema.org)',
        },
        injectTo: 'head' as const,
      };
      if (!parsed.ok) return [link];
      const json = datasetScript(parsed.data, buildDate(process.env), siteUrl(process.env));
      const script = {
        tag: 'script',
        attrs: { type: 'application/ld+json' },
        children: json,
        injectTo: 'head' as const,
      };
      return [link, script];
    },
    generateBundle() {
      const { files, problems, warnings } = exportsOf(read());
      for (const w of warnings) this.warn(w);
      if (problems.length)
        this.error(`The open-data exports are not valid:\n${problems.join('\n')}`);
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.body });
    },
  };
}
