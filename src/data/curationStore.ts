/**
 * Where review decisions go. With the local server (`npm start`) each decision is written to the
 * data set's curation.json at once; opened as static files there is nowhere to write, so the
 * decisions are kept in this page, on top of the curation.json the site serves, until the
 * curator downloads the file to commit it. Both speak the same small protocol, so Review does
 * not care which it has.
 */
import { recordDecision, type RawCuration } from '../extract/curationDecisions';
import { getCuration, postDecision, putCuration, type ApiOutcome } from './localApi';

export interface CurationStore {
  /** `server`: each decision is saved to curation.json; `page`: kept here until downloaded. */
  readonly saves: 'server' | 'page';
  read(): Promise<ApiOutcome<{ version: string; curation: RawCuration }>>;
  /** Records one decision made on `version`. */
  decide(version: string, decision: object): Promise<ApiOutcome<{ version: string }>>;
  /** Replaces the whole file (an undo), when `version` is still current. */
  replace(version: string, curation: RawCuration): Promise<ApiOutcome<{ version: string }>>;
}

/** The curation.json beside a data set's graph file: `data/sample/graph.json` → `data/sample/curation.json`. */
export const curationFileOf = (graphFile: string): string => graphFile.replace(/[^/]+$/, 'curation.json');

export function serverCurationStore(dataset: string, fetchImpl: typeof fetch = fetch): CurationStore {
  return {
    saves: 'server',
    read: () => getCuration(dataset, fetchImpl),
    decide: (version, decision) => postDecision(dataset, version, decision, fetchImpl),
    replace: (version, curation) => putCuration(dataset, version, curation, fetchImpl),
  };
}

export interface PageCurationStore extends CurationStore {
  readonly saves: 'page';
  /** The file as it would be committed: the served curation.json with this page's decisions. */
  current(): RawCuration | undefined;
  /** How many decisions this page has made that the served file does not have. */
  pending(): number;
}

const EMPTY: RawCuration = { version: 1, entities: [], relations: [] };

/** The curation.json served beside `graphFile`, parsed; undefined when there is none or it is not JSON. */
export async function fetchServedCuration(graphFile: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  try {
    const res = await fetchImpl(curationFileOf(graphFile), { cache: 'no-cache' });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Decisions kept in the page, over the curation.json served beside `graphFile` (or an empty one). */
export function pageCurationStore(graphFile: string, fetchImpl: typeof fetch = fetch): PageCurationStore {
  let served: RawCuration | undefined;
  let current: RawCuration | undefined;
  let version = 0;
  // Entries about relations and about entities (merges, "kept apart") that the served file does not have.
  const entriesOf = (c: RawCuration) => (['relations', 'entities'] as const).flatMap((k) => (Array.isArray(c[k]) ? (c[k] as unknown[]).map((e) => `${k}:${JSON.stringify(e)}`) : []));
  const changed = () => {
    if (!served || !current) return 0;
    const before = new Set(entriesOf(served));
    return entriesOf(current).filter((e) => !before.has(e)).length;
  };
  const refuse = (error: string, conflict = false) => ({ ok: false as const, conflict, error });
  // The schema and its validator load only when a decision is made: they stay out of the page's first script.
  const accept = async (next: RawCuration) => {
    const [{ parseCuration }, { formatProblem }] = await Promise.all([import('../extract/curation'), import('../model/validate')]);
    const { problems } = parseCuration('curation.json', next);
    if (problems.length) return refuse(`The curation would not be valid: ${formatProblem(problems[0])}`);
    current = next;
    version += 1;
    return { ok: true as const, version: String(version) };
  };
  return {
    saves: 'page',
    async read() {
      if (!current) {
        const found = await fetchServedCuration(graphFile, fetchImpl);
        served = typeof found === 'object' && found !== null && !Array.isArray(found) ? (found as RawCuration) : EMPTY;
        current = served;
      }
      return { ok: true, version: String(version), curation: current };
    },
    async decide(seen, decision) {
      if (!current || seen !== String(version)) return refuse('This page changed the decisions since; reopen Review.', true);
      return accept(recordDecision(current, decision as Parameters<typeof recordDecision>[1]));
    },
    async replace(seen, curation) {
      if (seen !== String(version)) return refuse('This page changed the decisions since; reopen Review.', true);
      return accept(curation);
    },
    current: () => current,
    pending: changed,
  };
}

const pageStores = new Map<string, PageCurationStore>();
/** One page store per data set for the life of the page: closing Review keeps its decisions. */
export function pageStoreFor(graphFile: string): PageCurationStore {
  let store = pageStores.get(graphFile);
  if (!store) pageStores.set(graphFile, (store = pageCurationStore(graphFile)));
  return store;
}

/** curation.json as a file to save: the same formatting the server writes. */
export function curationFileText(curation: RawCuration): string {
  return `${JSON.stringify(curation, null, 2)}\n`;
}
