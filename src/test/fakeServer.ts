/**
 * Test helper: a fake `fetch` serving files from a map (the data folder as a test wants it),
 * answering 404 for anything else, and recording the URLs asked for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface FakeServer {
  fetch: typeof fetch;
  requested: string[];
}

export function fakeServer(files: Record<string, string>, base = ''): FakeServer {
  const requested: string[] = [];
  const fetchFake = async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const path = base && url.startsWith(base) ? url.slice(base.length) : url;
    const body = files[path];
    if (body === undefined) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const type = path.endsWith('.json') ? 'application/json' : 'text/plain';
    return new Response(body, { status: 200, headers: { 'content-type': type } });
  };
  return { fetch: fetchFake as typeof fetch, requested };
}

const repo = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');

/** The seed as the app's server has it: graph, layout and the article text beside it. */
export function seedFiles(): Record<string, string> {
  return {
    'data/graph.json': repo('data/graph.json'),
    'data/graph.layout.json': repo('data/graph.layout.json'),
    'data/articles/nk-belarus-2024-07-24.txt': repo('data/articles/nk-belarus-2024-07-24.txt'),
  };
}
