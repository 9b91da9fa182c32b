// Where the build's data comes from: data/ (graph.json, sources/*.txt, tours.json), or a map
// package made in the editor (MAP_DATA=path/to/package.json npm run build). Either way the plugins get the same three
// things, and validate and ship them the same way.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePackage } from '../app/model/map-package.ts';
import { checkPackage, packageToGraph, textsByFile } from '../app/model/package-graph.ts';

export interface DataInput {
  /** Names the data in messages: "data/graph.json" or the package's path. */
  name: string;
  graph: unknown;
  /** Source texts by file name, as graph.json's `file` fields name them. */
  texts: Record<string, string>;
  tours: unknown;
}

/**
 * The package to build, from MAP_DATA, else null (data/). An environment variable rather than
 * `vite build --data`: Vite's command line refuses options it does not know.
 */
export function packagePath(env = process.env): string | null {
  return env.MAP_DATA ? resolve(env.MAP_DATA) : null;
}

function fromDir(dataDir: string): DataInput {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(dataDir, 'sources'))) {
    if (name.endsWith('.txt')) texts[name] = readFileSync(join(dataDir, 'sources', name), 'utf8');
  }
  return {
    name: 'data/graph.json',
    graph: JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')) as unknown,
    texts,
    tours: JSON.parse(readFileSync(join(dataDir, 'tours.json'), 'utf8')) as unknown,
  };
}

/** A package builds only when it follows every data rule, passages anchored included. */
function fromPackage(path: string): DataInput {
  const parsed = parsePackage(JSON.parse(readFileSync(path, 'utf8')));
  const problems = parsed.ok ? checkPackage(parsed.data, path) : parsed.problems;
  if (!parsed.ok || problems.length) {
    const list = problems.map((p) => `${p.where}: ${p.message}`).join('\n');
    throw new Error(`The map package ${path} is not valid:\n${list}`);
  }
  return {
    name: path,
    graph: packageToGraph(parsed.data),
    texts: textsByFile(parsed.data),
    tours: parsed.data.tours,
  };
}

export function readDataInput(dataDir: string, pkg: string | null): DataInput {
  return pkg ? fromPackage(pkg) : fromDir(dataDir);
}
