import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGraph, READ_ON_PAGE_UP_TO } from './loadGraph';
import { readGraph } from './readGraph';
import { workerInbox } from './workerInbox';
import type { LoadMessage, ToWorker } from './loadMessages';
import { fakeServer, seedFiles } from '../test/fakeServer';

const PAGE = 'http://localhost:4317/';

/** Runs the worker's side in this thread, with postMessage's copying, a few items per message. */
class FakeWorker {
  static created: FakeWorker[] = [];
  static failToStart = false;
  onmessage: ((event: MessageEvent<LoadMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  delivered = 0;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }

  /** What the page sent, in order (body chunks, then the request). */
  received: ToWorker[] = [];
  private readonly inbox = workerInbox((message) => {
    if (this.terminated) return;
    this.delivered++;
    this.onmessage?.({ data: structuredClone(message) } as MessageEvent<LoadMessage>);
  }, 3);

  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    const copy = structuredClone(message, { transfer });
    this.received.push(copy);
    setTimeout(() => {
      if (FakeWorker.failToStart) {
        if (!('type' in copy)) this.onerror?.({ message: 'the script was blocked', preventDefault() {} } as ErrorEvent);
        return;
      }
      this.inbox(copy);
    });
  }

  terminate() {
    this.terminated = true;
  }
}

/** The seed padded past the page's reading limit: the same graph, in a file large enough for the worker. */
function largeSeedFiles(): Record<string, string> {
  const files = seedFiles();
  return { ...files, 'data/graph.json': files['data/graph.json'] + ' '.repeat(READ_ON_PAGE_UP_TO) };
}

/** A browser serving `files`: what readGraph makes of data/graph.json there, and the server's log, emptied. */
async function browserServing(files: Record<string, string>) {
  inBrowser();
  const server = fakeServer(files, PAGE);
  vi.stubGlobal('fetch', server.fetch);
  const expected = await readGraph('data/graph.json', { baseUrl: PAGE });
  server.requested.length = 0;
  return { server, expected };
}

function inBrowser() {
  FakeWorker.created = [];
  FakeWorker.failToStart = false;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: PAGE });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadGraph', () => {
  it('without Worker (Node, jsdom) reads the file in this thread, with the same result as readGraph', async () => {
    expect(typeof Worker).toBe('undefined');
    vi.stubGlobal('fetch', fakeServer(seedFiles()).fetch);
    const expected = await readGraph('data/graph.json');
    expect(expected.status).toBe('ready');
    expect(await loadGraph('data/graph.json')).toEqual(expected);
  });

  it('without Worker, broken data gives the same problems as readGraph', async () => {
    vi.stubGlobal('fetch', fakeServer({ 'data/graph.json': '{"version": 1,' }).fetch);
    const state = await loadGraph('data/graph.json');
    expect(state).toEqual(await readGraph('data/graph.json'));
    expect(state.status).toBe('error');
  });

  it('in a browser reads a small file (the seed) on the page, without starting a worker', async () => {
    const { server, expected } = await browserServing(seedFiles());

    expect(await loadGraph('data/graph.json')).toEqual(expected);
    expect(FakeWorker.created).toHaveLength(0);
    expect(server.requested.filter((u) => u.endsWith('.json'))).toEqual(['data/graph.json', 'data/graph.layout.json']);
    expect(server.requested.filter((u) => u.endsWith('.txt'))).toEqual(['data/articles/nk-belarus-2024-07-24.txt']);
  });

  it('in a browser, asks for a small file\'s article texts as soon as the file is in, before anything else arrives', async () => {
    const { server, expected } = await browserServing(seedFiles());
    let releaseLayout = () => {};
    const layoutHeld = new Promise<void>((resolve) => (releaseLayout = resolve));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input).endsWith('.layout.json')) await layoutHeld;
      return server.fetch(input);
    });

    const loading = loadGraph('data/graph.json');
    await vi.waitFor(() => expect(server.requested).toContain('data/articles/nk-belarus-2024-07-24.txt'));
    expect(server.requested).not.toContain('data/graph.layout.json');
    releaseLayout();
    expect(await loading).toEqual(expected);
  });

  it('in a browser, a small file that is not JSON fetches no texts and gives the same problems as readGraph', async () => {
    const { server, expected } = await browserServing({ ...seedFiles(), 'data/graph.json': '{"articles": [{"id": "a"' });

    expect(await loadGraph('data/graph.json')).toEqual(expected);
    expect(expected.status === 'error' && expected.problems[0].message).toMatch(/not valid JSON/);
    expect(server.requested.filter((u) => u.endsWith('.txt'))).toEqual([]);
  });

  it('in a browser reads a large file in a module worker (the page fetches the file and its sidecar meanwhile), and reassembles it', async () => {
    const { server, expected } = await browserServing(largeSeedFiles());

    const state = await loadGraph('data/graph.json');
    expect(state).toEqual(expected);
    expect(state.status).toBe('ready');
    const [worker] = FakeWorker.created;
    expect(FakeWorker.created).toHaveLength(1);
    expect(worker.url.pathname).toMatch(/\/loadGraph\.worker\.ts$/);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.delivered).toBeGreaterThan(10); // in pieces, not one message
    expect(worker.terminated).toBe(true);
    // The page asked for the data file and its sidecar (relative to itself) while the worker
    // started; the worker fetched only the article text, against the page's address.
    expect(server.requested).toEqual(expect.arrayContaining(['data/graph.json', 'data/graph.layout.json']));
    expect(server.requested.filter((u) => u.endsWith('graph.json'))).toEqual(['data/graph.json']);
    expect(server.requested.some((u) => u.startsWith(PAGE) && u.endsWith('.txt'))).toBe(true);
  });

  it("in a browser hands a large file's body to the worker in chunks as it downloads, and the worker reads the same graph", async () => {
    const files = largeSeedFiles();
    const { expected } = await browserServing(files);
    const server = fakeServer(files, PAGE);
    const body = new TextEncoder().encode(files['data/graph.json']);
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input) !== 'data/graph.json') return server.fetch(input);
      // Declared up front, as a static server does, and arriving in twelve pieces.
      const cut = Array.from({ length: 12 }, (_, i) => Math.round((i * body.length) / 12)).concat(body.length);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 12; i++) controller.enqueue(body.slice(cut[i], cut[i + 1]));
          controller.close();
        },
      });
      return new Response(stream, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
    });

    const state = await loadGraph('data/graph.json');
    expect(state).toEqual(expected);
    const [worker] = FakeWorker.created;
    const chunks = worker.received.filter((m) => 'type' in m && m.type === 'chunk');
    expect(chunks).toHaveLength(12);
    expect(chunks.every((m) => 'type' in m && m.type === 'chunk' && m.path === 'data/graph.json' && m.declared === body.length)).toBe(true);
    const request = worker.received.at(-1)!;
    expect('type' in request).toBe(false);
    const data = !('type' in request) ? request.prefetched?.find((f) => f.path === 'data/graph.json') : undefined;
    expect(data).toMatchObject({ diverted: true, status: 200 });
    expect(data?.bytes).toBeUndefined();
    // The layout sidecar went whole, ahead of the request, which names it without its bytes.
    const ahead = worker.received.filter((m) => 'type' in m && m.type === 'file');
    expect(ahead.map((m) => 'type' in m && m.type === 'file' && m.file.path)).toEqual(['data/graph.layout.json']);
    const layout = !('type' in request) ? request.prefetched?.find((f) => f.path === 'data/graph.layout.json') : undefined;
    expect(layout).toEqual({ path: 'data/graph.layout.json', ahead: true });
  });

  it('in a browser, broken data reaches the page as the same problems', async () => {
    inBrowser();
    const graph = JSON.parse(seedFiles()['data/graph.json']);
    graph.relations[0].participants[1] = 'nobody';
    const broken = JSON.stringify(graph) + ' '.repeat(READ_ON_PAGE_UP_TO);
    vi.stubGlobal('fetch', fakeServer({ ...seedFiles(), 'data/graph.json': broken }, PAGE).fetch);
    const state = await loadGraph('data/graph.json');
    expect(FakeWorker.created).toHaveLength(1);
    expect(state).toEqual(await readGraph('data/graph.json', { baseUrl: PAGE }));
    expect(state.status === 'error' && state.problems.map((p) => p.path)).toEqual(['relations[0].participants[1]']);
  });

  it('when the worker cannot start, reads the file in this thread instead and says why', async () => {
    inBrowser();
    FakeWorker.failToStart = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', fakeServer(largeSeedFiles(), PAGE).fetch);
    const state = await loadGraph('data/graph.json');
    expect(state).toEqual(await readGraph('data/graph.json', { baseUrl: PAGE }));
    expect(state.status).toBe('ready');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the script was blocked'));
    expect(FakeWorker.created[0].terminated).toBe(true);
  });
});
