import { describe, expect, it } from 'vitest';
import { absolutise, siteUrl } from './site-url';

describe('siteUrl', () => {
  it('takes an absolute http(s) URL and ends it with a slash', () => {
    expect(siteUrl({})).toBeNull();
    expect(siteUrl({ SITE_URL: ' ' })).toBeNull();
    expect(siteUrl({ SITE_URL: 'https://example.org/maps/kz' })).toBe(
      'https://example.org/maps/kz/',
    );
    expect(siteUrl({ SITE_URL: 'https://example.org/?x=1#y' })).toBe('https://example.org/');
  });

  it('refuses what is not an absolute web address', () => {
    expect(() => siteUrl({ SITE_URL: 'maps/kz/' })).toThrow(/absolute URL/);
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http/);
  });
});

describe('absolutise', () => {
  it('resolves relative IRIs against the file, leaves other text and the context alone', () => {
    const doc = {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { ev: 'urn:x#' }],
      id: 'annotations.jsonld',
      first: { id: 'annotations.jsonld#page-1', items: [{ id: '#a', relation: 'ally' }] },
      target: { source: '../sources/a.txt' },
      rights: 'https://creativecommons.org/licenses/by/4.0/',
    };
    const file = 'https://example.org/kz/data/export/annotations.jsonld';
    expect(absolutise(doc, file)).toEqual({
      '@context': doc['@context'],
      id: file,
      first: { id: `${file}#page-1`, items: [{ id: `${file}#a`, relation: 'ally' }] },
      target: { source: 'https://example.org/kz/data/sources/a.txt' },
      rights: doc.rights,
    });
  });
});
