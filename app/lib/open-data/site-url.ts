// Where the exports' identifiers point. Linked data needs absolute IRIs (a JSON-LD processor
// drops or refuses what it cannot resolve), but the site is built to work from any address
// (base './'). So: when the build is told the site's public address (SITE_URL, documented in
// docs/open-data.md), the files carry absolute IRIs from the start; otherwise they carry IRIs
// relative to themselves, and the download menu resolves them against the page's own address
// as the reader downloads them (absolutise). Pure: the build and the browser share it.

/**
 * The site's public address from the build's environment: an absolute http(s) URL, ending in
 * "/". Null when unset; an error (which fails the build) when set but not such a URL.
 */
export function siteUrl(env: Record<string, string | undefined>): string | null {
  const value = env.SITE_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/map/: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) URL: ${value}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : url.href + '/';
}

/** The keys whose string values are IRIs in the files the menu absolutises. */
export const IRI_KEYS = ['id', 'source', 'partOf', 'first', 'last', 'contentUrl', 'url'];

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A copy of a JSON document with every relative IRI under one of `keys` resolved against the
 * file's own URL (what a JSON-LD processor would do had it fetched the file from there).
 * "@context" is left alone: its values are vocabularies, already absolute.
 */
export function absolutise(doc: unknown, fileUrl: string, keys = IRI_KEYS): unknown {
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string')
      return key && keys.includes(key) && !ABSOLUTE.test(value)
        ? new URL(value, fileUrl).href
        : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === '@context' ? v : walk(v, k)]),
      );
    return value;
  };
  return walk(doc, null);
}
