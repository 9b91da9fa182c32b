// Validates data/ at build time and ships it as static files beside the app:
// data/graph.json (the curated graph) and data/sources/<source-id>.txt (the texts, for the
// source view), and data/tours.json (the guided tours, checked against the graph). The dev
// server serves the same files, so dev and build load data one way.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentHash } from '../app/lib/content-hash.ts';
import type { GraphData } from '../app/model/schema.ts';
import { checkTours, parseTours } from '../app/model/tour-schema.ts';
import { checkIntegrity, parseGraph } from '../app/model/validate.ts';

interface Emitted {
  fileName: string;
  body: string;
  type: string;
}

function loadData(dataDir: string): { files: Emitted[]; problems: string[] } {
  const raw: unknown = JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8'));
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(dataDir, 'sources'))) {
    if (name.endsWith('.txt')) texts[name] = readFileSync(join(dataDir, 'sources', name), 'utf8');
  }
  const parsed = parseGraph(raw, 'data/graph.json');
  if (!parsed.ok)
    return { files: [], problems: parsed.problems.map((p) => `${p.where}: ${p.message}`) };
  const problems = checkIntegrity(parsed.data, texts).map((p) => `${p.where}: ${p.message}`);
  const files: Emitted[] = [
    { fileName: 'data/graph.json', body: JSON.stringify(parsed.data), type: 'application/json' },
    ...parsed.data.sources.map((s) => ({
      fileName: `data/sources/${s.id}.txt`,
      body: texts[s.file] ?? '',
      type: 'text/plain; charset=utf-8',
    })),
  ];
  files.push(...loadTours(dataDir, parsed.data, problems));
  return { files, problems };
}

/** data/tours.json, checked against the graph it walks through. */
function loadTours(dataDir: string, graph: GraphData, problems: string[]): Emitted[] {
  const raw: unknown = JSON.parse(readFileSync(join(dataDir, 'tours.json'), 'utf8'));
  const parsed = parseTours(raw, 'data/tours.json');
  if (!parsed.ok) {
    problems.push(...parsed.problems.map((p) => `${p.where}: ${p.message}`));
    return [];
  }
  problems.push(
    ...checkTours(parsed.data, graph, 'data/tours.json').map((p) => `${p.where}: ${p.message}`),
  );
  const body = JSON.stringify(parsed.data);
  return [{ fileName: 'data/tours.json', body, type: 'application/json' }];
}

export function graphData(dataDir: string): Plugin {
  return {
    name: 'graph-data',
    // The app trusts, unparsed, only the very file validated here (app/model/graph-api.ts).
    config() {
      const { files, problems } = loadData(dataDir);
      const graph = files.find((f) => f.fileName === 'data/graph.json');
      const hash = graph && !problems.length ? contentHash(graph.body) : '';
      return { define: { __GRAPH_HASH__: JSON.stringify(hash) } };
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const { files, problems } = loadData(dataDir);
        if (problems.length) server.config.logger.warn(problems.join('\n'));
        const file = files.find((f) => path.endsWith('/' + f.fileName));
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.body);
      });
    },
    generateBundle() {
      const { files, problems } = loadData(dataDir);
      if (problems.length)
        this.error(`The data in ${dataDir} is not valid:\n${problems.join('\n')}`);
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.body });
    },
  };
}
