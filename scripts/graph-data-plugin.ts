// Validates data/ at build time and ships it as static files beside the app:
// data/graph.json (the curated graph) and data/sources/<source-id>.txt (the texts, for the
// source view), and data/tours.json (the guided tours, checked against the graph). The dev
// server serves the same files, so dev and build load data one way.
import type { Plugin } from 'vite';
import { contentHash } from '../app/lib/content-hash.ts';
import type { GraphData } from '../app/model/schema.ts';
import { checkTours, parseTours } from '../app/model/tour-schema.ts';
import { checkIntegrity, parseGraph } from '../app/model/validate.ts';
import type { DataInput } from './data-input.ts';

interface Emitted {
  fileName: string;
  body: string;
  type: string;
}

function loadData(input: DataInput): { files: Emitted[]; problems: string[] } {
  const { graph: raw, texts } = input;
  const parsed = parseGraph(raw, input.name);
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
  files.push(...loadTours(input.tours, parsed.data, problems));
  return { files, problems };
}

/** data/tours.json, checked against the graph it walks through. */
function loadTours(raw: unknown, graph: GraphData, problems: string[]): Emitted[] {
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

/** `read` gives the data (data/ or a map package, see data-input.ts), read afresh each time. */
export function graphData(read: () => DataInput, watch: string): Plugin {
  return {
    name: 'graph-data',
    // The app trusts, unparsed, only the very file validated here (app/model/graph-api.ts).
    config() {
      const { files, problems } = loadData(read());
      const graph = files.find((f) => f.fileName === 'data/graph.json');
      const hash = graph && !problems.length ? contentHash(graph.body) : '';
      return { define: { __GRAPH_HASH__: JSON.stringify(hash) } };
    },
    configureServer(server) {
      server.watcher.add(watch);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const { files, problems } = loadData(read());
        if (problems.length) server.config.logger.warn(problems.join('\n'));
        const file = files.find((f) => path.endsWith('/' + f.fileName));
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.body);
      });
    },
    generateBundle() {
      const { files, problems } = loadData(read());
      if (problems.length)
        this.error(`The data in ${read().name} is not valid:\n${problems.join('\n')}`);
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.body });
    },
  };
}
