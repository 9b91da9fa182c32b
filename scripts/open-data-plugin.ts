// Builds the open-data files (data/export/: graph formats, CSV, CSL-JSON, Web Annotations and
// the schema.org Dataset) from data/ at build time, in Node, so the browser never builds them.
// The build fails when an annotation's selectors do not re-anchor in their source text. The
// dev server serves the same files. A sibling of graph-data-plugin.ts, which validates the
// data: when the data is invalid that plugin fails the build, so this one only builds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildDate } from '../app/lib/open-data/credit.ts';
import { buildExports } from '../app/lib/open-data/build-exports.ts';
import { DATASET_FILE, EXPORT_DIR } from '../app/lib/open-data/files.ts';
import { parseGraph } from '../app/model/validate.ts';

export function readSourceTexts(dataDir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(dataDir, 'sources'))) {
    if (name.endsWith('.txt')) texts[name] = readFileSync(join(dataDir, 'sources', name), 'utf8');
  }
  return texts;
}

function exportsOf(dataDir: string): ReturnType<typeof buildExports> {
  const raw: unknown = JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8'));
  const parsed = parseGraph(raw, 'data/graph.json');
  if (!parsed.ok) return { files: [], problems: [], warnings: [] };
  return buildExports(parsed.data, readSourceTexts(dataDir), buildDate(process.env));
}

export function openData(dataDir: string): Plugin {
  return {
    name: 'open-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.includes('/' + EXPORT_DIR)) return next();
        const file = exportsOf(dataDir).files.find((f) => path.endsWith('/' + f.fileName));
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.body);
      });
    },
    // A link, not an inline <script type="application/ld+json">: the CSP (csp-plugin.ts)
    // forbids inline scripts, and the policy stays as strict as it is.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: {
          rel: 'alternate',
          type: 'application/ld+json',
          href: EXPORT_DIR + DATASET_FILE,
          title: 'This map as a dataset (schema.org)',
        },
        injectTo: 'head',
      },
    ],
    generateBundle() {
      const { files, problems, warnings } = exportsOf(dataDir);
      for (const w of warnings) this.warn(w);
      if (problems.length)
        this.error(`The open-data exports are not valid:\n${problems.join('\n')}`);
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.body });
    },
  };
}
