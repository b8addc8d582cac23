import { describe, expect, it } from 'vitest';
import { getCuration, postDecision, probeLocalApi, putCuration } from './localApi';

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

describe('curation calls', () => {
  it('names the data set and the version read, and reports a 409 as a conflict with the server’s sentence', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const refuse = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ error: 'This relation was decided elsewhere.' }), { status: 409, ...json });
    }) as unknown as typeof fetch;
    expect(await postDecision('data/sample/graph.json', 'sha256-1', { match: 'm', action: 'reject' }, refuse)).toEqual({ ok: false, conflict: true, error: 'This relation was decided elsewhere.' });
    expect(calls[0][0]).toBe('api/curation/decisions?dataset=data%2Fsample%2Fgraph.json');
    expect(JSON.parse(String(calls[0][1]!.body))).toEqual({ version: 'sha256-1', decision: { match: 'm', action: 'reject' } });
  });

  it('passes on what the server answers, and says so when nothing answers', async () => {
    expect(await getCuration('data/graph.json', answer(JSON.stringify({ version: 'none', curation: { version: 1 } }), json))).toEqual({ ok: true, version: 'none', curation: { version: 1 } });
    expect(await putCuration('data/graph.json', 'v', {}, answer('{}', { status: 500 }))).toMatchObject({ ok: false, conflict: false });
    const down = (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect(await getCuration('data/graph.json', down)).toMatchObject({ ok: false, error: /did not answer/ });
  });
});
