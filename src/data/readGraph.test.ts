import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGraph, answerLoadRequest } from './readGraph';
import { createAssembler, type LoadMessage } from './loadMessages';
import { fakeServer, seedFiles } from '../test/fakeServer';
import { seedGraph, seedText } from '../test/fixtures';
import { createHash } from 'node:crypto';
import { layoutSource } from '../layout/layoutMatch';

const ARTICLE = 'nk-belarus-2024-07-24';

function serve(files: Record<string, string>, base?: string) {
  const server = fakeServer(files, base);
  vi.stubGlobal('fetch', server.fetch);
  return server;
}

function editedSeed(edit: (graph: Record<string, any>) => void): string {
  const graph = JSON.parse(seedFiles()['data/graph.json']);
  edit(graph);
  return JSON.stringify(graph);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('readGraph', () => {
  it('reads the seed: the validated graph, its article text and its precomputed layout', async () => {
    serve(seedFiles());
    const state = await readGraph('data/graph.json');
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.graph).toEqual(seedGraph());
    expect([...state.texts]).toEqual([[ARTICLE, seedText(ARTICLE)]]);
    expect(state.layout).toEqual(JSON.parse(seedFiles()['data/graph.layout.json']).positions);
  });

  it('fetches the file, its layout and its texts against the page address when given one', async () => {
    const server = serve(seedFiles(), 'http://example.test/entente/');
    const state = await readGraph('data/graph.json', { baseUrl: 'http://example.test/entente/?data=x' });
    expect(state.status).toBe('ready');
    expect(server.requested.sort()).toEqual([
      'http://example.test/entente/data/articles/nk-belarus-2024-07-24.txt',
      'http://example.test/entente/data/graph.json',
      'http://example.test/entente/data/graph.layout.json',
    ]);
  });

  it('a missing file names the file', async () => {
    serve({});
    expect(await readGraph('data/missing.json')).toEqual({
      status: 'error',
      file: 'data/missing.json',
      problems: [{ file: 'data/missing.json', path: '(root)', message: 'does not exist' }],
    });
  });

  it('a web page answered for a data file is reported as missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    const state = await readGraph('data/graph.json');
    expect(state.status === 'error' && state.problems[0].message).toBe('does not exist (the server answered with a web page)');
  });

  it('text that is not JSON is a problem at the root', async () => {
    serve({ 'data/graph.json': '{"version": 1,' });
    const state = await readGraph('data/graph.json');
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toMatchObject({ file: 'data/graph.json', path: '(root)' });
    expect(state.problems[0].message).toMatch(/^is not valid JSON/);
  });

  it('reports every problem with its path: a schema failure, a dangling id, a mismatched quote', async () => {
    serve({
      ...seedFiles(),
      'data/graph.json': editedSeed((g) => {
        g.relations[0].participants[1] = 'nobody';
        g.relations[1].evidence[0].quote = 'not what the article says';
      }),
    });
    const state = await readGraph('data/graph.json');
    expect(state.status === 'error' && state.problems.map((p) => p.path)).toEqual(['relations[0].participants[1]', 'relations[1].evidence[0].quote']);

    serve({ ...seedFiles(), 'data/graph.json': editedSeed((g) => (g.relations[0].kind = 'friendship')) });
    const schema = await readGraph('data/graph.json');
    expect(schema.status === 'error' && schema.problems.map((p) => p.path)).toEqual(['relations[0].kind']);
  });

  it('an article text that cannot be fetched fails validation of the quotes that cite it', async () => {
    const { ['data/articles/nk-belarus-2024-07-24.txt']: _text, ...rest } = seedFiles();
    serve(rest);
    const state = await readGraph('data/graph.json');
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(state.problems[0].message).toBe(`the text of article "${ARTICLE}" could not be loaded`);
  });

  it('a stale, broken or missing layout file is ignored (the app computes the layout), and said so', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    // The graph edited by hand after the layout was written: other bytes, and a key that no longer fits.
    serve({ ...seedFiles(), 'data/graph.json': editedSeed((graph) => graph.relations.pop()) });
    const stale = await readGraph('data/graph.json');
    expect(stale.status === 'ready' && stale.layout).toBe(undefined);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('data/graph.layout.json is out of date'));

    serve({ ...seedFiles(), 'data/graph.layout.json': '{"version": 1' });
    const broken = await readGraph('data/graph.json');
    expect(broken.status === 'ready' && broken.layout).toBe(undefined);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data/graph.layout.json ignored'));

    const { ['data/graph.layout.json']: _layout, ...rest } = seedFiles();
    serve(rest);
    const missing = await readGraph('data/graph.json');
    expect(missing.status === 'ready' && missing.layout).toBe(undefined);
    expect(missing.status === 'ready' && missing.graph).toEqual(seedGraph());
  });
});

describe('a layout file that names the bytes it was made for', () => {
  it('is used without its key when the data file is those very bytes, and by its key otherwise', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const files = seedFiles();
    const layout = JSON.parse(files['data/graph.layout.json']);
    const digest = createHash('sha256').update(files['data/graph.json']).digest('hex');
    // A key that no longer fits (as if the layout code had changed how it reads a graph), but a source that does.
    const withSource = JSON.stringify({ ...layout, key: '0000000000000000', source: layoutSource(digest) });
    serve({ ...files, 'data/graph.layout.json': withSource });
    const same = await readGraph('data/graph.json');
    expect(same.status === 'ready' && same.layout).toEqual(layout.positions);

    // One byte more (a trailing line break) and the source no longer vouches: the wrong key is found out.
    serve({ ...files, 'data/graph.json': `${files['data/graph.json']}\n`, 'data/graph.layout.json': withSource });
    const edited = await readGraph('data/graph.json');
    expect(edited.status === 'ready' && edited.layout).toBe(undefined);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('data/graph.layout.json is out of date'));
  });
});

describe('the digest of the data file', () => {
  it('is worked out only when a layout file came with the graph', async () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    const { ['data/graph.layout.json']: _layout, ...withoutLayout } = seedFiles();
    serve(withoutLayout);
    expect((await readGraph('data/graph.json')).status).toBe('ready');
    expect(digest).not.toHaveBeenCalled();
    serve(seedFiles());
    expect((await readGraph('data/graph.json')).status).toBe('ready');
    expect(digest).toHaveBeenCalledTimes(1);
  });
});

describe('answerLoadRequest (the worker side)', () => {
  it('sends the state in pieces ending with done', async () => {
    serve(seedFiles());
    const sent: LoadMessage[] = [];
    await answerLoadRequest({ file: 'data/graph.json' }, (m) => sent.push(m), 5);
    expect(sent.at(-1)?.type).toBe('done');
    expect(sent.filter((m) => m.type === 'relations')).toHaveLength(Math.ceil(seedGraph().relations.length / 5));
  });

  it('sends the graph before it checks the layout file, so the page reads the one while the other is checked', async () => {
    const layout = JSON.parse(seedFiles()['data/graph.layout.json']);
    serve({ ...seedFiles(), 'data/graph.layout.json': JSON.stringify({ ...layout, positions: { stray: { x: 0, y: 0 } } }) });
    const sent: LoadMessage[] = [];
    let sentWhenChecked: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => void (sentWhenChecked = sent.map((m) => m.type)));
    await answerLoadRequest({ file: 'data/graph.json' }, (m) => sent.push(m));
    expect(sentWhenChecked).toEqual(['articles', 'entities', 'relations', 'texts']);
    expect(sent.map((m) => m.type).slice(4)).toEqual(['done']);
  });

  it('sends items the fast path accepted before the whole-graph checks, and a failed check still ends on its problems', async () => {
    // Every item is well-formed (the fast path takes them), but a relation names an entity the file does not hold.
    serve({ ...seedFiles(), 'data/graph.json': editedSeed((g) => (g.relations[0].participants[0] = 'nobody-here')) });
    const sent: LoadMessage[] = [];
    await answerLoadRequest({ file: 'data/graph.json' }, (m) => sent.push(m));
    const types = sent.map((m) => m.type);
    expect(types.slice(0, 3)).toEqual(['articles', 'entities', 'relations']);
    expect(types.slice(-2)).toEqual(['problems', 'done']);
    const assemble = createAssembler();
    const states = sent.map((m) => assemble(m)).filter((x) => x !== undefined);
    expect(states).toHaveLength(1);
    expect(states[0].status).toBe('error');
    if (states[0].status === 'error') expect(states[0].problems.map((p) => p.path).join(' ')).toContain('relations[0].participants[0]');
  });

  it('sends the layout\'s positions before the whole-graph checks too, and a failed check still ends on its problems', async () => {
    // A quote the article does not hold: the fast path takes it, the layout still fits, the whole-graph check refuses it.
    serve({ ...seedFiles(), 'data/graph.json': editedSeed((g) => (g.relations[0].evidence[0].quote = 'words the article does not hold')) });
    const sent: LoadMessage[] = [];
    await answerLoadRequest({ file: 'data/graph.json' }, (m) => sent.push(m));
    const types = [...new Set(sent.map((m) => m.type))];
    expect(types).toEqual(['articles', 'entities', 'relations', 'texts', 'positions', 'problems', 'done']);
    const assemble = createAssembler();
    const [state] = sent.map((m) => assemble(m)).filter((x) => x !== undefined);
    expect(state.status).toBe('error');
  });

  it('reports a reader that throws (a bug: bad data is a state with problems) as failed, with its message', async () => {
    const sent: LoadMessage[] = [];
    const broken = { get file(): string { throw new Error('boom'); } } as unknown as { file: string };
    await answerLoadRequest(broken, (m) => sent.push(m));
    expect(sent).toEqual([{ type: 'failed', message: 'boom' }]);
  });
});
