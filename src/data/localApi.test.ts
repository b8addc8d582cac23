import { describe, expect, it } from 'vitest';
import { probeLocalApi } from './localApi';

const answer = (body: string, init: ResponseInit) => (async () => new Response(body, init)) as unknown as typeof fetch;
const json = { headers: { 'content-type': 'application/json; charset=utf-8' } };

describe('probeLocalApi', () => {
  it('is editable when the local server lists its data sets', async () => {
    const datasets = [{ file: 'data/graph.json', title: 'Seed', description: 'One article.', articles: 1, editable: true }];
    expect(await probeLocalApi(answer(JSON.stringify({ datasets }), json))).toEqual({ mode: 'editable', datasets });
  });

  it('is read-only on a static host that answers 404', async () => {
    expect(await probeLocalApi(answer('Not found', { status: 404 }))).toEqual({ mode: 'read-only' });
  });

  it("is read-only when the host answers with the app's own page (single-page fallback)", async () => {
    expect(await probeLocalApi(answer('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }))).toEqual({ mode: 'read-only' });
  });

  it('is read-only when the answer is JSON but not a list of data sets, or nothing answers', async () => {
    expect(await probeLocalApi(answer('{"hello": 1}', json))).toEqual({ mode: 'read-only' });
    expect(await probeLocalApi((async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch)).toEqual({ mode: 'read-only' });
  });
});
