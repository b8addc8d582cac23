/**
 * Loads the graph the app shows: fetches the JSON (never bundled), fetches the article
 * texts it cites, and validates everything once, here at the boundary.
 */
import type { Graph } from '../model/schema';
import { parseJson, validateGraph, type Problem } from '../model/validate';
import type { LoadState } from '../state/store';
import { checkLayoutFile, layoutFilePath } from '../layout/layoutFile';
import type { Positions } from '../layout/computeLayout';
import { markDataLoaded } from '../perf/benchHooks';

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

function articleTextUrl(dataFile: string, articleId: string): string {
  const dir = dataFile.slice(0, dataFile.lastIndexOf('/') + 1);
  return `${dir}articles/${articleId}.txt`;
}

async function fetchText(url: string): Promise<{ text?: string; error?: string }> {
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    if (!res.ok) return { error: res.status === 404 ? 'does not exist' : `could not be loaded (HTTP ${res.status})` };
    // Static hosts that fall back to the app's index.html for unknown paths answer 200 with HTML.
    if (url.endsWith('.json') && (res.headers.get('content-type') ?? '').includes('text/html')) return { error: 'does not exist (the server answered with a web page)' };
    return { text: await res.text() };
  } catch (err) {
    return { error: `could not be loaded (${(err as Error).message})` };
  }
}

export async function loadGraph(file: string = DEFAULT_DATA_FILE): Promise<LoadState> {
  const state = await readGraph(file);
  markDataLoaded();
  return state;
}

async function readGraph(file: string): Promise<LoadState> {
  const fail = (problems: Problem[]): LoadState => ({ status: 'error', file, problems });
  // The precomputed positions are fetched alongside the graph, not after it.
  const cachedLayout = fetchText(layoutFilePath(file));
  const raw = await fetchText(file);
  if (raw.error !== undefined) return fail([{ file, path: '(root)', message: raw.error }]);
  const { value, problems } = parseJson(file, raw.text as string);
  if (problems.length) return fail(problems);

  const texts = new Map<string, string>();
  const articles = (value as { articles?: unknown })?.articles;
  if (Array.isArray(articles)) {
    await Promise.all(
      articles.map(async (a: { id?: unknown; text?: unknown }) => {
        if (typeof a?.id !== 'string') return;
        if (typeof a.text === 'string') return void texts.set(a.id, a.text);
        const r = await fetchText(articleTextUrl(file, a.id));
        if (r.text !== undefined) texts.set(a.id, r.text);
      }),
    );
  }
  const result = validateGraph(file, value, (id) => texts.get(id));
  if (!result.graph) return fail(result.problems);
  const layout = usableLayout(layoutFilePath(file), await cachedLayout, result.graph);
  return { status: 'ready', file, graph: result.graph, texts, ...(layout ? { layout } : {}) };
}

/**
 * The sidecar's positions if they fit this graph. Missing, stale or broken, the app computes
 * the layout instead (a cache loses nothing); a broken one is still named in the console.
 */
function usableLayout(layoutFile: string, raw: { text?: string; error?: string }, graph: Graph): Positions | undefined {
  if (raw.text === undefined) return undefined;
  const { value, problems } = parseJson(layoutFile, raw.text);
  const checked = problems.length ? { problem: problems[0].message } : checkLayoutFile(value, graph);
  if ('positions' in checked) return checked.positions;
  if ('problem' in checked) console.warn(`${layoutFile} ignored, computing the layout instead: ${checked.problem}`);
  else console.info(`${layoutFile} is out of date for this graph (run npm run layout); computing the layout instead.`);
  return undefined;
}
