import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes, fetchText, readFetched } from './fetchFile';

const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('reading a fetched file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the text of a good answer, as UTF-8', () => {
    expect(readFetched({ path: 'data/g.json', status: 200, contentType: 'application/json', bytes: bytes('{"name":"Pyongyang – 평양"}') })).toEqual({ text: '{"name":"Pyongyang – 평양"}' });
  });

  it('names what went wrong otherwise', () => {
    expect(readFetched({ path: 'data/g.json', status: 404 })).toEqual({ error: 'does not exist' });
    expect(readFetched({ path: 'data/g.json', status: 500 })).toEqual({ error: 'could not be loaded (HTTP 500)' });
    expect(readFetched({ path: 'data/g.json', status: 200, contentType: 'text/html; charset=utf-8', bytes: bytes('<!doctype html>') })).toEqual({
      error: 'does not exist (the server answered with a web page)',
    });
    expect(readFetched({ path: 'data/g.json', error: 'could not be loaded (offline)' })).toEqual({ error: 'could not be loaded (offline)' });
  });

  it('fetches against a base address when given one, and reports a failed request', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      calls.push(url);
      if (url.includes('down')) throw new Error('offline');
      return new Response('hello', { status: 200, headers: { 'content-type': 'text/plain' } });
    });
    expect(await fetchText('data/a.txt', 'http://example.org/app/')).toEqual({ text: 'hello' });
    expect(calls).toEqual(['http://example.org/app/data/a.txt']);
    expect(await fetchBytes('data/down.json')).toEqual({ path: 'data/down.json', error: 'could not be loaded (offline)' });
  });
});
