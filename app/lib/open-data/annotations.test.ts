// The Web Annotations, checked with the W3C Web Annotation test suite's own MUST schemas (with
// ajv, draft-04, as the suite runs them) and with jsonld.js in safe mode, which refuses a file
// whose terms or IRIs it would otherwise drop; then every selector is re-anchored in its text.
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchor';
import { checkAnchor } from './annotations';
import { absolutise } from './site-url';
import { w3cMusts } from './w3c-musts';
import { data, expandSafe, exportsFor, recordCount, SITE, texts } from './test-exports';

type Doc = Record<string, unknown> & {
  '@context': unknown;
  first: { items: Record<string, unknown>[] };
};

// Compiled once, outside any test: ajv compiles ~90 schemas, which takes seconds on a busy machine.
const musts = w3cMusts();
const shipped = (site: string | null) => JSON.parse(exportsFor(site).body('annotations.jsonld'));
// Built without SITE_URL, and resolved as the download menu does against the page's address.
const PAGE_FILE = 'https://maps.example.net/kz/data/export/annotations.jsonld';
const variants: [string, Doc][] = [
  ['built with SITE_URL', shipped(SITE)],
  ['resolved at download', absolutise(shipped(null), PAGE_FILE) as Doc],
];

describe.each(variants)('the annotations, %s', (_name, collection) => {
  it(
    'pass every MUST of the W3C test suite: annotations, collection and page',
    { timeout: 60_000 },
    () => {
      const { annotation, collection: coll, page } = musts;
      expect(coll(collection)).toEqual([]);
      expect(page(collection)).toEqual([]);
      const items = collection.first.items;
      expect(items).toHaveLength(recordCount);
      // An annotation read on its own carries the collection's context.
      for (const a of items)
        expect(annotation({ '@context': collection['@context'], ...a })).toEqual([]);
    },
  );

  it('expand in jsonld.js safe mode with no base: nothing dropped, every IRI absolute', async () => {
    const expanded = await expandSafe(collection);
    const OA = 'http://www.w3.org/ns/oa#';
    const AS = 'http://www.w3.org/ns/activitystreams#';
    const [top] = expanded;
    expect(top!['@id']).toMatch(/^https:\/\/.*\/data\/export\/annotations\.jsonld$/);
    const page = (top![`${AS}first`] as jsonld.NodeObject[])[0]!;
    expect((page[`${AS}partOf`] as { '@id': string }[])[0]!['@id']).toBe(top!['@id']);
    const items = (page[`${AS}items`] as { '@list': jsonld.NodeObject[] }[])[0]!['@list'];
    expect(items).toHaveLength(recordCount);
    for (const a of items) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      const body = (a[`${OA}hasBody`] as jsonld.NodeObject[])[0]!;
      expect(body['@id']).toBe(`${a['@id']}-body`);
      expect(Object.keys(body)).toContain('urn:kazakhstan-relations-map:vocab#reliability');
      const target = (a[`${OA}hasTarget`] as jsonld.NodeObject[])[0]!;
      const source = (target[`${OA}hasSource`] as { '@id': string }[])[0]!['@id'];
      expect(source).toMatch(/^https:\/\/[^#]+\/data\/sources\/[a-z-]+\.txt$/);
    }
  });
});

describe('the annotations as shipped without SITE_URL', () => {
  const collection = shipped(null) as Doc;

  it('use IRIs relative to the file, which the suite and safe mode refuse until resolved', async () => {
    const { annotation } = musts;
    expect(
      annotation({ '@context': collection['@context'], ...collection.first.items[0] }),
    ).not.toEqual([]);
    await expect(expandSafe(collection)).rejects.toThrow();
  });

  it('re-anchor every selector in the shipped text, and say how far the text can be checked', () => {
    for (const a of collection.first.items as {
      id: string;
      body: { reliability: string; relation?: string; label?: string };
      target: { source: string; selector: { exact: string; prefix: string; suffix: string }[] };
    }[]) {
      const id = a.target.source.replace(/^\.\.\/sources\/|\.txt$/g, '');
      const source = data.sources.find((s) => s.id === id)!;
      const raw = texts[source.file]!;
      expect(checkAnchor(a, raw), a.id).toBeNull();
      const quote = a.target.selector[0]!;
      const at = anchorQuote(raw, quote);
      expect(at && raw.slice(at.start, at.end)).toBe(quote.exact);
      // The one text with no byline, outlet or date, whose people cannot be checked.
      const unverified = source.id === 'territorial-defense-report';
      if (a.body.relation) expect(a.body.label).toBeTruthy();
      expect(a.body.reliability).toMatch(unverified ? /^unverified$/ : /^(un)?attributed$/);
    }
  });
});
