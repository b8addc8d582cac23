/**
 * Loads the graph the app shows: fetches the JSON (never bundled), fetches the article
 * texts it cites, and validates everything once, here at the boundary (readGraph.ts). That
 * work runs in a Web Worker, so that parsing and validating thousands of entities never holds
 * up the page; where no Worker exists (tests, Node) the same function runs in-thread.
 */
import type { LoadState } from '../state/store';
import { markData } from '../perf/benchHooks';
import { createAssembler, type LoadMessage, type LoadRequest } from './loadMessages';
import { fetchBytes } from './fetchFile';
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

export async function loadGraph(file: string = DEFAULT_DATA_FILE): Promise<LoadState> {
  markData('requested');
  const state = typeof Worker === 'undefined' ? await readInThread({ file }) : await readInWorker(file);
  markData('loaded');
  return state;
}

/** The fallback, imported on demand: the page's initial script stays free of zod and the validator. */
async function readInThread({ file, baseUrl }: LoadRequest): Promise<LoadState> {
  const { readGraph } = await import('./readGraph');
  return readGraph(file, { baseUrl });
}

function readInWorker(file: string): Promise<LoadState> {
  // The page fetches the data file and its sidecar while the worker starts (downloading and
  // compiling the validator), then hands the bytes over without copying them.
  const early = Promise.all([fetchBytes(file), fetchBytes(layoutFilePath(file))]);
  return new Promise((resolve, reject) => {
    // The worker fetches relative to its own script (assets/…): give it the page's address.
    const request: LoadRequest = { file, baseUrl: document.baseURI };
    const worker = new Worker(new URL('./loadGraph.worker.ts', import.meta.url), { type: 'module' });
    const assemble = createAssembler();
    let settled = false;
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
