import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout, layoutInput } from './computeLayout';
import { createHash } from 'node:crypto';
import { acceptLayoutFile, checkLayoutFile, layoutFilePath, LayoutFileSchema, layoutKey, layoutSource, makeLayoutFile } from './layoutFile';
import { bytesDigest } from './layoutSource';
import { seedGraph } from '../test/fixtures';

describe('precomputed layout file', () => {
  const graph = seedGraph();

  it('sits beside its data file', () => {
    expect(layoutFilePath('data/graph.json')).toBe('data/graph.layout.json');
    expect(layoutFilePath('data/generated/L.json')).toBe('data/generated/L.layout.json');
  });

  it('the committed seed layout is exactly what computeLayout gives the seed today', async () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/graph.layout.json'), 'utf8'));
    const checked = checkLayoutFile(committed, graph);
    expect(checked).toEqual({ positions: await computeLayout(graph) });
  });

  it('is used as it is when it matches the graph', async () => {
    const file = makeLayoutFile(graph, await computeLayout(graph));
    expect(checkLayoutFile(JSON.parse(JSON.stringify(file)), graph)).toEqual({ positions: file.positions });
  });

  it('is stale once the graph changes what the layout depends on: ids, edges, order, labels', async () => {
    const file = makeLayoutFile(graph, await computeLayout(graph));
    const [a, b, ...rest] = graph.entities;
    const reordered = { ...graph, entities: [b, a, ...rest] };
    const fewer = { ...graph, relations: graph.relations.slice(1) };
    const renamed = { ...graph, entities: [{ ...a, name: `${a.name} with a much longer label` }, b, ...rest] };
    for (const edited of [reordered, fewer, renamed]) expect(checkLayoutFile(file, edited)).toEqual({ stale: true });
  });

  it('ignores what does not move nodes (quotes, dates)', async () => {
    const file = makeLayoutFile(graph, await computeLayout(graph));
    const edited = { ...graph, relations: graph.relations.map((r) => ({ ...r, evidence: [] })) };
    expect(layoutKey(layoutInput(edited))).toBe(file.key);
  });

  it('names the problem in a broken file: unknown or missing ids, non-numbers, wrong shape', async () => {
    const good = makeLayoutFile(graph, await computeLayout(graph));
    const [first, ...others] = Object.keys(good.positions);
    const withExtra = { ...good, positions: { ...good.positions, 'e:atlantis': { x: 1, y: 2 } } };
    const missing = { ...good, positions: Object.fromEntries(others.map((id) => [id, good.positions[id]])) };
    const notNumber = { ...good, positions: { ...good.positions, [first]: { x: 'left', y: 2 } } };
    expect(checkLayoutFile(withExtra, graph)).toEqual({ problem: 'positions.e:atlantis: no such node in the graph' });
    expect(checkLayoutFile(missing, graph)).toEqual({ problem: `positions.${first}: missing` });
    expect(checkLayoutFile(notNumber, graph)).toEqual({ problem: `positions.${first}.x: Invalid input: expected number, received string` });
    expect(checkLayoutFile({ positions: good.positions }, graph)).toMatchObject({ problem: expect.any(String) });
    expect(checkLayoutFile(null, graph)).toMatchObject({ problem: expect.any(String) });
  });

  it('is vouched for without zod only when the schema surely takes it', async () => {
    const good = makeLayoutFile(graph, await computeLayout(graph));
    const parsed = (v: unknown) => LayoutFileSchema.safeParse(v).success;
    expect(acceptLayoutFile(good)).toBe(good);
    const [first] = Object.keys(good.positions);
    const broken: unknown[] = [
      null, [], { ...good, version: 2 }, { ...good, key: 'ABCDEF0123456789' }, { ...good, key: 'abc' }, { ...good, extra: 1 }, { version: 1, key: good.key },
      { ...good, positions: [] }, { ...good, positions: { ...good.positions, [first]: { x: 1 } } }, { ...good, positions: { ...good.positions, [first]: { x: 1, y: '2' } } },
      { ...good, positions: { ...good.positions, [first]: { x: 1, y: 2, z: 3 } } }, JSON.parse(`{"version":1,"key":"${good.key}","positions":{"__proto__":{"x":1,"y":2}}}`),
      { ...good, source: 'abc' }, { ...good, source: `${'0'.repeat(16)}:${'A'.repeat(64)}` }, { ...good, source: 7 },
    ];
    for (const file of broken) expect(acceptLayoutFile(file), JSON.stringify(file)).toBeUndefined();
    // What it does vouch for, zod takes too.
    for (const file of [good, { ...good, positions: {} }, { ...good, source: layoutSource('f'.repeat(64)) }]) if (acceptLayoutFile(file)) expect(parsed(file)).toBe(true);
    expect(acceptLayoutFile({ ...good, source: layoutSource('f'.repeat(64)) })).toBeDefined();
  });
});

describe('a layout file made for the very bytes it is read from', () => {
  const graph = seedGraph();
  const bytes = new TextEncoder().encode(JSON.stringify(graph));

  it('is matched by the digest of those bytes, without its key', async () => {
    const digest = (await bytesDigest(bytes))!;
    const file = { ...makeLayoutFile(graph, await computeLayout(graph), digest), key: '0123456789abcdef' };
    expect(checkLayoutFile(file, graph, digest)).toEqual({ positions: file.positions });
    // Other bytes, or none known: the key decides, and this one is wrong.
    expect(checkLayoutFile(file, graph, 'e'.repeat(64))).toEqual({ stale: true });
    expect(checkLayoutFile(file, graph)).toEqual({ stale: true });
  });

  it('is still checked node by node: the bytes vouch for the graph, not for the file beside it', async () => {
    const digest = (await bytesDigest(bytes))!;
    const file = makeLayoutFile(graph, await computeLayout(graph), digest);
    const [first, ...others] = Object.keys(file.positions);
    const missing = { ...file, positions: Object.fromEntries(others.map((id) => [id, file.positions[id]])) };
    expect(checkLayoutFile(missing, graph, digest)).toEqual({ problem: `positions.${first}: missing` });
  });

  it('records the layout code too: a source written by other layout code is no shortcut', async () => {
    const digest = (await bytesDigest(bytes))!;
    const file = { ...makeLayoutFile(graph, await computeLayout(graph)), key: '0123456789abcdef', source: `0123456789abcdef:${digest}` };
    expect(checkLayoutFile(file, graph, digest)).toEqual({ stale: true });
  });

  it("hashes bytes as Node's SHA-256 does, so the CLIs write what the app reads", async () => {
    expect(await bytesDigest(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await bytesDigest(new TextEncoder().encode('Türkiye \u{1F30D}'))).toBe(createHash('sha256').update('Türkiye \u{1F30D}').digest('hex'));
  });
});
