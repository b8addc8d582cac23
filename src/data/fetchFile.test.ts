import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes, fetchText, readFetched, startFetch } from './fetchFile';

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

  describe('telling a large file early', () => {
    /** A body arriving in chunks; the last one only once the test calls `finish`. */
    function chunked(chunks: string[], headers: Record<string, string> = {}) {
      let finish = () => {};
      const held = new Promise<void>((resolve) => (finish = resolve));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === chunks.length - 1) await held;
          if (sent === chunks.length) return controller.close();
          controller.enqueue(new TextEncoder().encode(chunks[sent++]));
        },
      });
      vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } }));
      return { finish };
    }

    it('knows from the declared length, before the body has arrived', async () => {
      const body = chunked(['{"a":', '1}'], { 'content-length': '7' });
      const { large, bytes } = startFetch('data/g.json', 5);
      expect(await large).toBe(true);
      body.finish();
      expect(readFetched(await bytes)).toEqual({ text: '{"a":1}' });
    });

    it('without a declared length, knows once more bytes than the limit have arrived', async () => {
      const body = chunked(['{"a":', '"bcdef', 'ghij"}']);
      const { large, bytes } = startFetch('data/g.json', 8);
      expect(await large).toBe(true); // the last chunk is still held back
      body.finish();
      expect(readFetched(await bytes)).toEqual({ text: '{"a":"bcdefghij"}' });
    });

    it('diverts the body to a sink, the chunks held so far first, unless it has been read whole already', async () => {
      const body = chunked(['{"a":', '"bc', 'd"}'], { 'content-length': '13' });
      const fetched = startFetch('data/g.json', 5);
      expect(await fetched.large).toBe(true);
      const got: string[] = [];
      expect(fetched.divert((chunk, declared) => got.push(`${new TextDecoder().decode(chunk)}/${declared}`))).toBe(true);
      body.finish();
      expect(await fetched.bytes).toEqual({ path: 'data/g.json', status: 200, contentType: 'application/json', diverted: true });
      expect(got.join('')).toBe('{"a":/13"bc/13d"}/13');

      chunked(['{"a":', '1}']).finish();
      const whole = startFetch('data/g.json', 100);
      expect(readFetched(await whole.bytes)).toEqual({ text: '{"a":1}' });
      expect(whole.divert(() => {})).toBe(false);
    });

    it('a body that ends within the limit is not large, nor is an error or a failed request', async () => {
      chunked(['{"a":', '1}']).finish();
      const small = startFetch('data/g.json', 100);
      expect(await small.large).toBe(false);
      expect(readFetched(await small.bytes)).toEqual({ text: '{"a":1}' });

      vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
      expect(await startFetch('data/g.json', 1).large).toBe(false);
      vi.stubGlobal('fetch', async () => {
        throw new Error('offline');
      });
      const failed = startFetch('data/g.json', 1);
      expect(await failed.large).toBe(false);
      expect(await failed.bytes).toEqual({ path: 'data/g.json', error: 'could not be loaded (offline)' });
    });
  });
});
