// The one fetch of the app's data: each way a load fails is named for what was loaded, so the
// reader is told what went wrong (error.graphHttp, error.toursJson, error.sourceTooLarge…).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, fetchJson, fetchText } from './graph-api';

afterEach(() => vi.unstubAllGlobals());

const serve = (body: string, init: ResponseInit = {}) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );

async function problem(load: Promise<unknown>) {
  const error = await load.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).problem;
}

describe('fetchText and fetchJson', () => {
  it('return the body, and the JSON parsed from it', async () => {
    serve('{"a":1}');
    expect(await fetchJson('x.json', 'tours')).toEqual({ body: '{"a":1}', raw: { a: 1 } });
    serve('words');
    expect(await fetchText('x.txt', 'source', 10)).toBe('words');
  });

  it('name a network failure and an HTTP status for what was fetched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await problem(fetchJson('x.json'))).toEqual({ key: 'graphNetwork' });
    serve('gone', { status: 404 });
    expect(await problem(fetchText('x.txt', 'source', 10))).toEqual({
      key: 'sourceHttp',
      args: [404],
    });
  });

  it('refuse a body over the limit, declared or read, and JSON that does not parse', async () => {
    serve('12345678901');
    expect(await problem(fetchText('x.txt', 'source', 10))).toEqual({ key: 'sourceTooLarge' });
    serve('short', { headers: { 'Content-Length': '11' } });
    expect(await problem(fetchText('x.txt', 'source', 10))).toEqual({ key: 'sourceTooLarge' });
    serve('{nope');
    expect(await problem(fetchJson('x.json', 'tours'))).toEqual({ key: 'toursJson' });
  });
});
