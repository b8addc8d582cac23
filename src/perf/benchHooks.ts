/**
 * The benchmark's contract with a page (the app and the baseline both honour it): marks for
 * the graph's milestones, and a handle the benchmark drives. Browser-only and tiny; the app
 * installs the handle only when the benchmark asks for it (window.__ENTENTE_BENCH__).
 */
import type { Core } from 'cytoscape';
import type { RelationKind } from '../model/vocabulary';

export type GraphState = 'first-frame' | 'settled';

export interface BenchHandle {
  cy: Core;
  filterCountry(country: string | null): void;
  filterDates(from: string, to: string): void;
  /** Only relations of these kinds (the Kind checkboxes). */
  filterKinds(kinds: string[]): void;
  search(query: string): void;
  clear(): void;
  /**
   * How many changes the page has finished applying. A page that applies a change within the
   * call (the baseline) leaves it out; one that applies it over a few frames counts, and the
   * benchmark waits for the count to move before it looks at the probe.
   */
  applied?: () => number;
}

declare global {
  interface Window {
    __ENTENTE_BENCH__?: boolean;
    __bench?: BenchHandle;
    /** Installed by the benchmark (a Playwright binding): told each state as it is reached. */
    __benchGraphState?: (state: GraphState) => void;
  }
}

/**
 * `data-graph-state` on <html> and a performance mark `graph:<state>` (once each), and word to
 * the benchmark if it listens: it then need not poll the page (polling through Playwright
 * compiles its ~30 ms helper script on the page's main thread in the middle of the load).
 */
export function markGraphState(state: GraphState) {
  if (typeof document === 'undefined' || performance.getEntriesByName(`graph:${state}`).length) return;
  performance.mark(`graph:${state}`);
  document.documentElement.dataset.graphState = state;
  window.__benchGraphState?.(state);
}

/**
 * Performance marks `data:requested` when loadGraph starts and `data:loaded` when it hands the
 * graph (or its problems) to the app: the load benchmark tells the loader's main-thread work
 * apart from starting the page and from drawing.
 */
export function markData(stage: 'requested' | 'loaded') {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(`data:${stage}`);
}

let appliedCount = 0;

/** The app finished applying a change of view (every element it wants is in the graph). */
export function countApplied() {
  appliedCount++;
}

export function installBenchHandle(handle: BenchHandle) {
  window.__bench = handle;
}

/** The app's side: the benchmark drives the same store actions the filter panel and search box use. */
export function installAppBenchHandle(
  cy: Core,
  updateView: (patch: { countries?: string[]; from?: string; to?: string; kinds?: RelationKind[]; query?: string }, mode?: 'push' | 'replace') => void,
  clearFilters: () => void,
) {
  if (typeof window === 'undefined' || !window.__ENTENTE_BENCH__) return;
  installBenchHandle({
    cy,
    filterCountry: (country) => updateView({ countries: country ? [country] : [] }),
    filterDates: (from, to) => updateView({ from, to }),
    filterKinds: (kinds) => updateView({ kinds: kinds as RelationKind[] }),
    search: (query) => updateView({ query }, 'replace'),
    clear: () => {
      clearFilters();
      updateView({ query: '' }, 'replace');
    },
    applied: () => appliedCount,
  });
}
