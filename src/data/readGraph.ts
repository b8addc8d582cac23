/**
 * Reading a graph file, start to finish: fetch the JSON, fetch the article texts it cites,
 * validate everything once (validateGraph, the boundary check shared with the CLI), and check
 * the precomputed layout beside it. The one code path for it: loadGraph runs it in a Web Worker
 * (loadGraph.worker.ts), or in the page where no Worker exists.
 */
import type { Graph } from '../model/schema';
import { parseJson, validateGraph, type Problem } from '../model/validate';
import type { LoadState } from '../state/store';
import { checkLayoutFile, layoutFilePath } from '../layout/layoutFile';
import type { Positions } from '../layout/runLayout';
import { loadMessages, type LoadMessage, type LoadRequest } from './loadMessages';
import { fetchText, readFetched, type Fetched, type FetchedBytes } from './fetchFile';
import { citedTexts } from './articleTexts';

export interface ReadOptions {
  /**
   * The page's address, against which `file` and the texts are fetched. A worker needs it: its
   * own relative URLs resolve against the worker script (assets/…), not the page. Left out, the
   * paths are fetched as they are (relative to the page).
   */
  baseUrl?: string;
  /** Files the page has already fetched (the data file, its layout sidecar, article texts), by path. */
  prefetched?: readonly FetchedBytes[];
}

export async function readGraph(file: string, { baseUrl, prefetched = [] }: ReadOptions = {}): Promise<LoadState> {
  const fail = (problems: Problem[]): LoadState => ({ status: 'error', file, problems });
  const fetchOnce = async (path: string): Promise<Fetched> => {
    const early = prefetched.find((f) => f.path === path);
    return early ? readFetched(early) : fetchText(path, baseUrl);
  };
  // The precomputed positions are fetched alongside the graph, not after it.
  const cachedLayout = fetchOnce(layoutFilePath(file));
  const raw = await fetchOnce(file);
  if (raw.error !== undefined) return fail([{ file, path: '(root)', message: raw.error }]);
  const { value, problems } = parseJson(file, raw.text as string);
  if (problems.length) return fail(problems);

  const cited = citedTexts(file, value);
  const texts = new Map(cited.inline);
  await Promise.all(
    cited.files.map(async ({ id, path }) => {
      const r = await fetchOnce(path);
      if (r.text !== undefined) texts.set(id, r.text);
    }),
  );
  const result = validateGraph(file, value, (id) => texts.get(id));
  if (!result.graph) return fail(result.problems);
  const layout = usableLayout(layoutFilePath(file), await cachedLayout, result.graph);
  return { status: 'ready', file, graph: result.graph, texts, ...(layout ? { layout } : {}) };
}

/** The worker's side (loadGraph.worker.ts): read the file asked for, send the result in pieces. */
export async function answerLoadRequest(request: LoadRequest, post: (message: LoadMessage) => void, perMessage?: number): Promise<void> {
  let state: LoadState;
  try {
    state = await readGraph(request.file, { baseUrl: request.baseUrl, prefetched: request.prefetched });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
    return;
  }
  for (const message of loadMessages(state, perMessage)) post(message);
}

/**
 * The sidecar's positions if they fit this graph. Missing, stale or broken, the app computes
 * the layout instead (a cache loses nothing); a broken one is still named in the console.
 */
function usableLayout(layoutFile: string, raw: Fetched, graph: Graph): Positions | undefined {
  if (raw.text === undefined) return undefined;
  const { value, problems } = parseJson(layoutFile, raw.text);
  const checked = problems.length ? { problem: problems[0].message } : checkLayoutFile(value, graph);
  if ('positions' in checked) return checked.positions;
  if ('problem' in checked) console.warn(`${layoutFile} ignored, computing the layout instead: ${checked.problem}`);
  else console.info(`${layoutFile} is out of date for this graph (run npm run layout); computing the layout instead.`);
  return undefined;
}
