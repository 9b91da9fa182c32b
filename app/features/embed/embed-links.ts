// The embed's addresses that the first view needs (the embed's bar is prerendered): the app's
// own base, and the full view of the same selection. Pure, so they are unit-tested
// (embed-snippet.test.ts); the snippet code itself is in embed-snippet.ts, loaded with the dialog.

/** The app's own base URL (page URL without query or hash), whatever path it is served from. */
export function appBase(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname.replace(/[^/]*$/, '');
}

/** The full view of the same selection, for the embed's "Open full view" link. */
export function fullViewUrl(base: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'embedId']) {
    params.delete(key);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${base}?${query}` : base;
}
