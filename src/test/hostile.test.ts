/**
 * The hostile-input suite, reader side (issue 15): every generated hostile file ends, within a
 * time limit, on the error it must give (naming the file and the path) or on a graph; and any
 * JSON value at all, read as a data file, ends `ready` or `error`, never throws or hangs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readGraph } from '../data/readGraph';
import type { LoadState } from '../state/store';
import { baseGraph, hostileFiles } from './hostileFiles';

/** Serves one data file (bytes as given) and 404 for anything else (its layout sidecar). */
function serveOnly(path: string, body: string | Uint8Array) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) =>
    String(input) === path
      ? new Response(body as BodyInit, { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function readWithin(path: string, ms: number): Promise<LoadState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still loading after ${ms} ms`)), ms)));
  try {
    return await Promise.race([readGraph(path), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('hostile data files', () => {
  for (const file of hostileFiles()) {
    it(`${file.name}: ends on ${file.expect.status === 'error' ? `an error at ${file.expect.path}` : 'the explorer'}`, async () => {
      const path = `data/hostile/${file.name}.json`;
      serveOnly(path, file.body);
      const state = await readWithin(path, 15_000);
      if (file.expect.status === 'ready') {
        expect(state.status, state.status === 'error' ? JSON.stringify(state.problems.slice(0, 3)) : '').toBe('ready');
        return;
      }
      expect(state.status).toBe('error');
      if (state.status !== 'error') return;
      expect(state.problems.length).toBeGreaterThan(0);
      expect(state.problems.every((p) => p.file === path)).toBe(true);
      const match = state.problems.find((p) => p.path === (file.expect as { path: string }).path);
      expect(match, `no problem at ${file.expect.path}: ${JSON.stringify(state.problems.slice(0, 3))}`).toBeDefined();
      if (file.expect.message) expect(match!.message).toMatch(file.expect.message);
    }, 30_000);
  }

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('any JSON value as a data file', () => {
  it('ends ready or error, never stuck and never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        serveOnly('data/any.json', JSON.stringify(value) ?? 'null');
        const state = await readWithin('data/any.json', 5_000);
        expect(['ready', 'error']).toContain(state.status);
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('ends ready or error for a valid graph with any one field replaced by any JSON value', async () => {
    const fields = (g: Record<string, any>) => [
      [g, 'version'],
      [g.articles[0], 'url'],
      [g.articles[0], 'text'],
      [g.entities[0], 'name'],
      [g.entities[2], 'country'],
      [g.relations[0], 'participants'],
      [g.relations[0], 'date'],
      [g.relations[0].evidence[0], 'start'],
      [g.relations[0].evidence[0], 'quote'],
    ] as Array<[Record<string, unknown>, string]>;
    await fc.assert(
      fc.asyncProperty(fc.nat(8), fc.jsonValue({ maxDepth: 4 }), async (which, value) => {
        const g = baseGraph();
        const [holder, key] = fields(g)[which];
        holder[key] = value;
        serveOnly('data/mutated.json', JSON.stringify(g));
        const state = await readWithin('data/mutated.json', 5_000);
        expect(['ready', 'error']).toContain(state.status);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
