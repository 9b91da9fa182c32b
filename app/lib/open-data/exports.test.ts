// The exports, built from the shipped data by the functions the build plugin uses, read back
// by the tools people will open them with: graphology's GEXF and GraphML parsers, the jsonld
// library (expanding the W3C Web Annotation context), citation-js for CSL-JSON, and a strict
// RFC 4180 reader for the CSV. Every annotation's selectors are re-anchored in their source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '@/model/validate';
import { readSourceTexts } from '../../../scripts/open-data-plugin';
import { anchorQuote, utf16Offset } from './anchor';
import { ANNO_CONTEXT, checkAnchor } from './annotations';
import { buildExports } from './build-exports';
import { CSV_COLUMNS } from './csv';
import { RELATION_LABEL } from './edge-facts';
import { en } from '@/i18n/en';

const dataDir = join(import.meta.dirname, '../../../data');
const parsed = parseGraph(JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')));
if (!parsed.ok) throw new Error('data/graph.json does not parse');
const data = parsed.data;
const texts = readSourceTexts(dataDir);
const { files, problems, warnings } = buildExports(data, texts, '2026-11-23');
const body = (name: string) => {
  const f = files.find((x) => x.fileName === `data/export/${name}`);
  if (!f) throw new Error(`no ${name}`);
  return f.body;
};
const passageCount =
  data.edges.reduce((n, e) => n + e.passages.length, 0) +
  data.nodes.reduce((n, x) => n + x.passages.length, 0);

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${text[i]} at ${i}`);
  }
  return rows;
}

describe('the open-data exports', () => {
  it('are built without a problem, with the credit and build date in each', () => {
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    for (const f of files) {
      if (f.fileName.endsWith('.csv')) continue; // its metadata file carries them (CSVW)
      expect(f.body, f.fileName).toContain('2026-11-23');
      expect(f.body, f.fileName).toMatch(/CC BY 4\.0|creativecommons\.org\/licenses\/by\/4\.0/);
    }
  });

  it('GEXF reads in graphology with every node, edge and typed attribute', () => {
    const g = gexf.parse(Graph, body('relations.gexf'));
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    expect(g.type).toBe('undirected');
    const e = g.edge('kazakhstan', 'russia');
    expect(e).toBeDefined();
    const attrs = g.getEdgeAttributes(e!);
    expect(attrs.relation).toBe('ally');
    expect(typeof attrs.passages).toBe('number');
    expect(['several', 'single', 'unverified']).toContain(attrs.strength);
    expect(g.getNodeAttribute('csto', 'wikidata')).toBe('Q318693');
  });

  it('GraphML reads in graphology with typed keys', () => {
    const g = graphml.parse(Graph, body('relations.graphml'));
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    const e = g.edge('kazakhstan', 'csto')!;
    expect(g.getEdgeAttribute(e, 'label')).toBe('role of our Republic');
    expect(g.getEdgeAttribute(e, 'family')).toBe('participation');
    expect(typeof g.getEdgeAttribute(e, 'supporting')).toBe('number');
    const total = g.reduceEdges((n, _e, a) => n + (a.passages as number), 0);
    expect(total).toBe(data.edges.reduce((n, x) => n + x.passages.length, 0));
  });

  it('label relations as the map does', () => {
    expect(RELATION_LABEL).toEqual(en.relation);
  });

  it('JGF v2 names every node and edge', () => {
    const { graph } = JSON.parse(body('relations.jgf.json'));
    expect(Object.keys(graph.nodes).sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect(graph.edges).toHaveLength(data.edges.length);
    expect(graph.metadata.built).toBe('2026-11-23');
  });

  it('the CSV has a header and one row per relation × passage, RFC 4180 quoted', () => {
    const rows = readCsv(body('relations-passages.csv'));
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(rows).toHaveLength(passageCount + 1);
    const col = (name: string) => rows[0]!.indexOf(name);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const raw = texts[data.sources.find((s) => s.id === row[col('source_id_text')])!.file]!;
      const [start, end] = [Number(row[col('start')]), Number(row[col('end')])];
      const exact = raw.slice(utf16Offset(raw, start), utf16Offset(raw, end));
      expect(exact.replace(/\s+/g, ' ')).toBe(row[col('passage')]!.replace(/\s+/g, ' ').trim());
    }
  });

  it('CSL-JSON reads in citation-js, with only the metadata the texts state', () => {
    const items = JSON.parse(body('sources.csl.json'));
    const cite = new Cite(items);
    expect(cite.data).toHaveLength(data.sources.length);
    const bib = cite.format('bibliography', { format: 'text', template: 'apa' }) as string;
    expect(bib).toContain('Saltybaev');
    for (const [i, s] of data.sources.entries()) {
      const item = items[i];
      expect('issued' in item).toBe(s.date !== null);
      expect('author' in item).toBe(s.author !== null);
      expect('container-title' in item).toBe(s.outlet !== null);
      if (s.title === null) expect(item.note).toMatch(/our label/);
    }
  }, 60_000); // citation-js loads its styles and locales on first use

  it('the annotations expand as Web Annotations, each re-anchoring in its source', async () => {
    const collection = JSON.parse(body('annotations.jsonld'));
    // No network here: the W3C context is served from a copy of https://www.w3.org/ns/anno.jsonld
    // (w3c/web-annotation, jsonld/anno.jsonld at 46de385, the context the Recommendation publishes).
    const context = JSON.parse(
      readFileSync(join(import.meta.dirname, 'fixtures/w3c-anno-context.jsonld'), 'utf8'),
    );
    const documentLoader = async (url: string) => {
      if (url !== ANNO_CONTEXT && url !== ANNO_CONTEXT.replace('http:', 'https:'))
        throw new Error(`no network: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: context };
    };
    const base = 'https://example.org/maps/kz/data/export/annotations.jsonld';
    const expanded = await jsonld.expand(collection, { documentLoader, base });
    const OA = 'http://www.w3.org/ns/oa#';
    const page = (
      expanded[0]!['http://www.w3.org/ns/activitystreams#first'] as jsonld.NodeObject[]
    )[0]!;
    const items = (
      page['http://www.w3.org/ns/activitystreams#items'] as { '@list': jsonld.NodeObject[] }[]
    )[0]!['@list'];
    expect(items).toHaveLength(passageCount);
    for (const a of items) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const target = (a[`${OA}hasTarget`] as jsonld.NodeObject[])[0]!;
      const source = (target[`${OA}hasSource`] as { '@id': string }[])[0]!['@id'];
      expect(source).toMatch(/^https:\/\/example\.org\/maps\/kz\/data\/sources\/[a-z-]+\.txt$/);
      const types = (target[`${OA}hasSelector`] as jsonld.NodeObject[]).flatMap((s) => s['@type']);
      expect(types.sort()).toEqual([`${OA}TextPositionSelector`, `${OA}TextQuoteSelector`]);
    }
    // And in the compact form: the selectors find the same span in the shipped text.
    for (const a of collection.first.items) {
      const id = a.target.source.replace(/^\.\.\/sources\/|\.txt$/g, '');
      const raw = texts[data.sources.find((s) => s.id === id)!.file]!;
      expect(checkAnchor(a, raw), a.id).toBeNull();
      const quote = a.target.selector[0];
      const at = anchorQuote(raw, quote);
      expect(at && raw.slice(at.start, at.end)).toBe(quote.exact);
    }
  });

  it('the dataset description lists every export', () => {
    const dataset = JSON.parse(body('dataset.jsonld'));
    expect(dataset['@type']).toBe('Dataset');
    const urls = dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl);
    for (const f of files) {
      const name = f.fileName.replace('data/export/', '');
      if (!name.startsWith('dataset') && !name.endsWith('-metadata.json'))
        expect(urls).toContain(name);
    }
  });
});
