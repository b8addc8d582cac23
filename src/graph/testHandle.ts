/**
 * A read-only handle on the live Cytoscape instance for end-to-end tests and debugging
 * (e.g. to find where a node is drawn before clicking it). Not an API the app relies on.
 */
import type { Core } from 'cytoscape';
import { countApplied, installAppBenchHandle, markGraphState } from '../perf/benchHooks';
import { useStore } from '../state/store';

declare global {
  interface Window {
    /** `ready` turns true once the first view (positions and camera) is set. */
    __entente?: { cy: Core; ready: boolean };
  }
}

export function exposeForTests(cy: Core) {
  if (typeof window !== 'undefined') window.__entente = { cy, ready: false };
}

/** Instances whose elements have all arrived once (graph/elementSync.ts). */
const filled = new WeakSet<Core>();

/**
 * Positions are final before the first paint, so the layout is settled once the elements
 * the first view wants are all in: for an article that is the first frame; a large graph may
 * take a few more frames of slices.
 */
export function markReady(cy: Core) {
  if (typeof window === 'undefined' || window.__entente?.cy !== cy) return;
  window.__entente.ready = true;
  cy.one('render', () => {
    markGraphState('first-frame');
    if (filled.has(cy)) markGraphState('settled');
  });
  const { updateView, clearFilters } = useStore.getState();
  installAppBenchHandle(cy, updateView, clearFilters);
}

/** Every wanted element is in the graph (called each time the element queue empties). */
export function markFilled(cy: Core) {
  if (typeof window === 'undefined') return;
  countApplied();
  if (filled.has(cy)) return;
  filled.add(cy);
  if (window.__entente?.cy === cy && window.__entente.ready) cy.one('render', () => markGraphState('settled'));
}

