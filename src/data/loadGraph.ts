/**
 * Loads the graph the app shows: fetches the JSON (never bundled), fetches the article
 * texts it cites, and validates everything once, here at the boundary (readGraph.ts). A large
 * file is read in a Web Worker, so that parsing and validating thousands of entities never
 * holds up the page; a small one (the seed) is read on the page, where it takes a few
 * milliseconds while the app's code is still downloading, whereas a worker takes ~150 ms to
 * start and competes for the CPU with that code. Where no Worker exists (tests, Node) every
 * file is read in-thread. It is the same function (readGraph) either way.
 */
import type { LoadState } from '../state/store';
import { markData } from '../perf/benchHooks';
import { createAssembler, type BodyChunk, type FileAhead, type LoadMessage, type LoadRequest } from './loadMessages';
import { fetchBytes, ownBuffer, readFetched, startFetch, type FetchedBytes } from './fetchFile';
import { citedTexts } from './articleTexts';
import { layoutFilePath } from '../layout/layoutPath';

export const DEFAULT_DATA_FILE = 'data/graph.json';

/** Only files under the served data folder may be loaded through ?data=. */
export function isAllowedDataPath(path: string): boolean {
  return /^data\/(?:[\w.-]+\/)*[\w.-]+\.json$/.test(path) && !path.split('/').includes('..');
}

/**
 * The data file a page address asks for (`?data=data/generated/L.json`), or the default.
 * A path outside the data folder is refused and reported, never fetched.
 */
export function dataFileFromSearch(search: string): { file: string; ignored?: string } {
  const asked = new URLSearchParams(search).get('data');
  if (asked === null || asked === '') return { file: DEFAULT_DATA_FILE };
  if (!isAllowedDataPath(asked)) return { file: DEFAULT_DATA_FILE, ignored: asked };
  return { file: asked };
}

/**
 * Files up to this size are read on the page. On the 2-core bench machine 256 KB of graph JSON
 * (150 entities, 450 relations) parses and validates in ~5 ms in warm Node, a few times that
 * in a page's first seconds; a worker needs ~150 ms before it can start reading.
 */
export const READ_ON_PAGE_UP_TO = 256 * 1024;

export async function loadGraph(file: string = DEFAULT_DATA_FILE): Promise<LoadState> {
  markData('requested');
  const state = typeof Worker === 'undefined' ? await readInThread({ file }) : await fetchAndRead(file);
  markData('loaded');
  return state;
}

/** The fallback, imported on demand: the page's initial script stays free of zod and the validator. */
async function readInThread({ file, baseUrl, prefetched }: LoadRequest): Promise<LoadState> {
  const { readGraph } = await import('./readGraph');
  return readGraph(file, { baseUrl, prefetched });
}

/**
 * Fetches the data file and its layout sidecar at once, and picks the reader as soon as the data
 * file shows its size: a large file's worker starts while the rest of it downloads. A small
 * file's article texts are fetched as soon as it is in, while the validator still downloads.
 */
async function fetchAndRead(file: string): Promise<LoadState> {
  const data = startFetch(file, READ_ON_PAGE_UP_TO);
  const layout = fetchBytes(layoutFilePath(file));
  if (await data.large) return readInWorker(file, data, layout);
  void import('./readGraph'); // downloads while the texts arrive; readInThread's import finds it under way
  const texts = data.bytes.then((bytes) => Promise.all(textFilesIn(file, bytes).map((path) => fetchBytes(path))));
  return readInThread({ file, prefetched: [await data.bytes, await layout, ...(await texts)] });
}

/**
 * The article text files a fetched data file cites; none if it is not JSON (the validator says
 * why). readGraph parses the file again: at most ~1 ms for a file this small, and readGraph
 * keeps one input, the bytes, whether it runs here or in the worker.
 */
function textFilesIn(file: string, fetched: FetchedBytes): string[] {
  const { text } = readFetched(fetched);
  if (text === undefined) return [];
  try {
    return citedTexts(file, JSON.parse(text)).files.map((f) => f.path);
  } catch {
    return [];
  }
}

function readInWorker(file: string, data: ReturnType<typeof startFetch>, layout: Promise<FetchedBytes>): Promise<LoadState> {
  // The page fetches the data file and its sidecar while the worker starts (downloading and
  // compiling the validator). The data file's body goes to the worker chunk by chunk as it
  // arrives, each handed over without a copy, and the worker decodes it meanwhile.
  return new Promise((resolve, reject) => {
    // The worker fetches relative to its own script (assets/…): give it the page's address.
    const request: LoadRequest = { file, baseUrl: document.baseURI };
    const worker = new Worker(new URL('./loadGraph.worker.ts', import.meta.url), { type: 'module' });
    data.divert((chunk, declared) => {
      const bytes = ownBuffer(chunk);
      worker.postMessage({ type: 'chunk', path: file, bytes, declared } satisfies BodyChunk, [bytes]);
    });
    const assemble = createAssembler();
    let settled = false;
    // The layout sidecar, small and in long before the data file, goes ahead: the worker reads it during the download.
    const layoutAhead = layout.then((f): FetchedBytes => {
      if (settled || !f.bytes) return f;
      worker.postMessage({ type: 'file', file: f } satisfies FileAhead, [f.bytes]);
      return { path: f.path, ahead: true };
    });
    const early = Promise.all([data.bytes, layoutAhead]);
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      try {
        const state = assemble(event.data);
        if (state) settle(() => resolve(state));
      } catch (err) {
        settle(() => reject(err));
      }
    };
    // A worker that cannot start (its script blocked or missing) or a message that cannot be
    // read must not leave the user on the loading screen: read the file here instead.
    const fallBack = (reason: string) =>
      settle(() => {
        console.warn(`Reading ${file} in a worker failed (${reason}); reading it on the page instead.`);
        readInThread(request).then(resolve, reject);
      });
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message || 'the worker could not start');
    };
    worker.onmessageerror = () => fallBack('a message could not be deserialized');
    void early.then((prefetched) => {
      if (settled) return;
      const bytes = prefetched.flatMap((f) => (f.bytes ? [f.bytes] : []));
      worker.postMessage({ ...request, prefetched }, bytes);
    });
  });
}
