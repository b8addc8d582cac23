import { describe, expect, it } from 'vitest';
import { parseCuration } from '../extract/curation';
import { curationFileOf, curationFileText, pageCurationStore } from './curationStore';

const served = { version: 1, entities: [], relations: [{ match: 'old', action: 'reject', reason: 'caption' }] };
const fetchServing = (body: unknown, status = 200) =>
  (async (url: string) => {
    expect(url).toBe('data/sample/curation.json');
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;

describe('decisions kept in the page (a static copy)', () => {
  it('reads the served curation.json beside the graph, records decisions on it, and counts the new ones', async () => {
    const store = pageCurationStore('data/sample/graph.json', fetchServing(served));
    const read = await store.read();
    expect(read).toMatchObject({ ok: true, curation: served });
    expect(store.pending()).toBe(0);
    const first = await store.decide(read.ok ? read.version : '', { match: 'r1', action: 'reject', reason: 'rejected in review' });
    expect(first.ok).toBe(true);
    const second = await store.decide(first.ok ? first.version : '', { match: 'r2', action: 'edit', set: { status: 'intent' } });
    expect(second.ok).toBe(true);
    expect(store.pending()).toBe(2);
    const file = store.current()!;
    expect(parseCuration('curation.json', JSON.parse(curationFileText(file))).problems).toEqual([]);
    expect((file.relations as Array<{ match: string }>).map((e) => e.match)).toEqual(['old', 'r1', 'r2']);
  });

  it('starts from an empty file when none is served, and refuses a decision made on an older version', async () => {
    const store = pageCurationStore('data/sample/graph.json', fetchServing({}, 404));
    const read = await store.read();
    expect(read).toMatchObject({ ok: true, curation: { version: 1, relations: [] } });
    const v = read.ok ? read.version : '';
    expect((await store.decide(v, { match: 'r1', action: 'reject' })).ok).toBe(true);
    expect(await store.decide(v, { match: 'r2', action: 'reject' })).toMatchObject({ ok: false, conflict: true });
  });

  it('refuses a decision that would make the file invalid, and keeps the file as it was', async () => {
    const store = pageCurationStore('data/sample/graph.json', fetchServing(served));
    const read = await store.read();
    const out = await store.decide(read.ok ? read.version : '', { match: 'r1', action: 'explode' });
    expect(out).toMatchObject({ ok: false, conflict: false });
    expect(store.current()).toEqual(served);
  });

  it('names the curation file beside any graph file', () => {
    expect(curationFileOf('data/graph.json')).toBe('data/curation.json');
    expect(curationFileOf('data/sample/graph.json')).toBe('data/sample/curation.json');
  });
});
