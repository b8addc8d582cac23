/**
 * Reading a graph file, start to finish: fetch the JSON, fetch the article texts it cites,
 * validate everything once (validate.ts's validateGraph, the boundary check shared with the CLI, or its fast path), and check
 * the precomputed layout beside it. The one code path for it: loadGraph runs it in a Web Worker
 * (loadGraph.worker.ts), or in the page where no Worker exists.
 */
import type { Graph } from '../model/schema';
import { checkWholeGraph, parseJson, withoutThrowing, type Problem, type TextLookup, type ValidationResult } from '../model/check';
import { acceptGraph } from '../model/fastPath';
import type { LoadState } from '../state/store';
import { acceptLayoutFile, matchLayoutFile, type CachedLayout, type LayoutFile } from '../layout/layoutMatch';
import { layoutFilePath } from '../layout/layoutPath';
import type { Positions } from '../layout/runLayout';
import { closingMessages, doneMessage, graphMessages, positionMessages, type LoadMessage, type LoadRequest } from './loadMessages';
import { fetchBytes, readFetched, type Fetched, type FetchedBytes } from './fetchFile';
import { bytesDigest } from '../layout/layoutSource';
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

export async function readGraph(file: string, options: ReadOptions = {}): Promise<LoadState> {
  const { state, layout } = await readAndValidate(file, options);
  return state.status === 'ready' ? withLayout(state, await layout()) : state;
}

type Ready = Extract<LoadState, { status: 'ready' }>;
const withLayout = (state: Ready, positions: Positions | undefined): Ready => (positions ? { ...state, layout: positions } : state);

/**
 * The graph, validated, and a second step that checks its layout file. When the fast path
 * accepts every item, `onAccepted` is given them (and that layout step) before the whole-graph
 * checks run, so that the worker can send them for the page to read meanwhile.
 */
async function readAndValidate(
  file: string,
  { baseUrl, prefetched = [] }: ReadOptions,
  onAccepted?: (state: Ready, layout: () => Promise<Positions | undefined>) => Promise<void>,
): Promise<{ state: LoadState; layout: () => Promise<Positions | undefined> }> {
  const none = async () => undefined;
  const fail = (problems: Problem[]) => ({ state: { status: 'error', file, problems } as LoadState, layout: none });
  const fetchBytesOnce = async (path: string): Promise<FetchedBytes> => prefetched.find((f) => f.path === path) ?? fetchBytes(path, baseUrl);
  const fetchOnce = async (path: string): Promise<Fetched> => readFetched(await fetchBytesOnce(path));
  // The precomputed positions are fetched alongside the graph, not after it, and read as soon as they are in.
  const layoutPath = layoutFilePath(file);
  const cachedLayout = fetchBytesOnce(layoutPath).then((f) => readLayoutAhead(f));
  const fetched = await fetchBytesOnce(file);
  // Hashed natively while the graph is validated here, and only when a layout file came with it: one made for these very
  // bytes skips its key. (At 100,000 entities the hash copies 175 MB; with no layout file to vouch for, it is not made.)
  const bytes = fetched.bytes;
  const digest = cachedLayout.then((layout) => (!('none' in layout) && bytes ? bytesDigest(bytes) : undefined));
  const raw = readFetched(fetched);
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
  const layoutOf = (graph: Graph) => async () => usableLayout(layoutPath, await cachedLayout, graph, await digest);
  const result = await validateOnce(file, value, (id) => texts.get(id), onAccepted && ((graph) => onAccepted({ status: 'ready', file, graph, texts }, layoutOf(graph))));
  if (!result.graph) return fail(result.problems);
  return { state: { status: 'ready', file, graph: result.graph, texts }, layout: layoutOf(result.graph) };
}

/**
 * The boundary check (validate.ts's validateGraph, with the same answer): when the fast path
 * vouches for every item, only the whole-graph checks remain; otherwise the full validator, zod
 * with it, is loaded to check and word every problem. A small, valid file opens without zod.
 */
async function validateOnce(file: string, value: unknown, textOf: TextLookup, onAccepted?: (graph: Graph) => Promise<void>): Promise<ValidationResult> {
  const accepted = acceptGraph(value);
  if (accepted) {
    await onAccepted?.(accepted);
    return withoutThrowing(file, () => checkWholeGraph(file, accepted, textOf));
  }
  const { validateGraph } = await import('../model/validate');
  return validateGraph(file, value, textOf);
}

/** The worker's side (loadGraph.worker.ts): read the file asked for, send the result in pieces. */
export async function answerLoadRequest(request: LoadRequest, post: (message: LoadMessage) => void, perMessage?: number): Promise<void> {
  try {
    // Items the fast path accepted are final (the whole-graph checks only read them): they go out at once, then the layout
    // file is checked and its positions go too, and the page deserializes all that while the whole-graph checks run last.
    // Should those checks fail, the page drops what it has at `done` and shows the problems.
    let sentEarly: { positions: Positions | undefined } | undefined;
    const early = async (accepted: Ready, layoutOfAccepted: () => Promise<Positions | undefined>) => {
      for (const message of graphMessages(accepted, perMessage)) post(message);
      const positions = await layoutOfAccepted();
      for (const message of positionMessages(positions, perMessage)) post(message);
      sentEarly = { positions };
    };
    const { state, layout } = await readAndValidate(request.file, { baseUrl: request.baseUrl, prefetched: request.prefetched }, early);
    if (sentEarly && state.status === 'ready') {
      post(doneMessage(withLayout(state, sentEarly.positions)));
      return;
    }
    for (const message of graphMessages(state, perMessage)) post(message);
    const complete = state.status === 'ready' ? withLayout(state, await layout()) : state;
    for (const message of closingMessages(complete, perMessage)) post(message);
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
}

/** A layout file read as far as it can be without the graph: parsed, and its shape checked when it surely passes (`fast`). */
type LayoutRead = { none: true } | { problem: string } | { fast: LayoutFile } | { value: unknown };

const layoutReads = new WeakMap<FetchedBytes, LayoutRead>();

/**
 * Reads a fetched layout file as far as it goes without the graph, once per file: the loader's worker calls it as
 * soon as the page hands the file over (workerInbox.ts), while the data file still downloads, so that at 100,000
 * entities the ~0.2 s of parsing it is not spent after the graph is read. The answer is kept for usableLayout.
 */
export function readLayoutAhead(fetched: FetchedBytes): LayoutRead {
  let read = layoutReads.get(fetched);
  if (!read) layoutReads.set(fetched, (read = readLayout(fetched.path, readFetched(fetched))));
  return read;
}

function readLayout(layoutFile: string, raw: Fetched): LayoutRead {
  if (raw.text === undefined) return { none: true };
  const { value, problems } = parseJson(layoutFile, raw.text);
  if (problems.length) return { problem: problems[0].message };
  try {
    // A valid file is matched without zod; anything else gets zod's check and wording (layoutFile.ts).
    const fast = acceptLayoutFile(value);
    return fast ? { fast } : { value };
  } catch (err) {
    return { problem: `could not be checked: ${(err as Error).message}` };
  }
}

/**
 * The sidecar's positions if they fit this graph. Missing, stale or broken, the app computes
 * the layout instead (a cache loses nothing); a broken one is still named in the console.
 */
async function usableLayout(layoutFile: string, read: LayoutRead, graph: Graph, digest: string | undefined): Promise<Positions | undefined> {
  if ('none' in read) return undefined;
  let checked: CachedLayout;
  try {
    checked = 'problem' in read ? read : 'fast' in read ? matchLayoutFile(read.fast, graph, digest) : (await import('../layout/layoutFile')).checkLayoutFile(read.value, graph, digest);
  } catch (err) {
    checked = { problem: `could not be checked: ${(err as Error).message}` };
  }
  if ('positions' in checked) return checked.positions;
  if ('problem' in checked) console.warn(`${layoutFile} ignored, computing the layout instead: ${checked.problem}`);
  else console.info(`${layoutFile} is out of date for this graph (run npm run layout); computing the layout instead.`);
  return undefined;
}
