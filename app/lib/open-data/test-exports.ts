// Shared by the open-data tests (not a test itself): the shipped data and texts, the exports
// built from them by the build's own functions (with and without a site address), the
// vendored fixtures (fixtures/README.md says where each came from), and a jsonld document
// loader that serves the vendored contexts, since the tests have no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { parseGraph } from '../../model/validate.ts';
import { readSourceTexts } from '../../../scripts/open-data-plugin.ts';
import { buildExports } from './build-exports.ts';
import { passageRecords } from './records.ts';

const dataDir = join(import.meta.dirname, '../../../data');
const parsed = parseGraph(JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')));
if (!parsed.ok) throw new Error('data/graph.json does not parse');
export const data = parsed.data;
export const texts = readSourceTexts(dataDir);
export const DATE = '2026-11-23';
export const SITE = 'https://example.org/maps/kz/';
/** One record per use of a passage: one annotation and one CSV row each. */
export const recordCount = passageRecords(data).length;

export function exportsFor(site: string | null = null) {
  const built = buildExports(data, texts, DATE, site);
  const body = (name: string) => {
    const f = built.files.find((x) => x.fileName === `data/export/${name}`);
    if (!f) throw new Error(`no ${name}`);
    return f.body;
  };
  return { ...built, body };
}

export const fixture = (path: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', path), 'utf8');

export const fixtureJson = (path: string): unknown => JSON.parse(fixture(path));

const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'w3c-anno-context.jsonld',
  'http://www.w3.org/ns/csvw': 'csvw/csvw.jsonld',
};

/** A jsonld documentLoader with the vendored contexts and nothing else. */
export async function offlineLoader(url: string) {
  const file =
    CONTEXTS[url.replace(/^https:/, 'http:').replace(/\.jsonld$/, '')] ??
    CONTEXTS[url.replace(/^https:/, 'http:')];
  if (!file) throw new Error(`no network: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: fixtureJson(file) };
}

/** jsonld.js expansion in safe mode (it throws where it would drop a term or an IRI), offline. */
export function expandSafe(doc: unknown): Promise<jsonld.NodeObject[]> {
  const options = { documentLoader: offlineLoader, safe: true } as jsonld.Options.Expand;
  return jsonld.expand(doc as jsonld.JsonLdDocument, options) as Promise<jsonld.NodeObject[]>;
}
