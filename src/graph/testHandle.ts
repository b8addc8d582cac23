/**
 * A read-only handle on the live Cytoscape instance for end-to-end tests and debugging
 * (e.g. to find where a node is drawn before clicking it). Not an API the app relies on.
 */
import type { Core } from 'cytoscape';
import { installAppBenchHandle, markGraphState } from '../perf/benchHooks';
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

export function markReady(cy: Core) {
  if (typeof window === 'undefined' || window.__entente?.cy !== cy) return;
  window.__entente.ready = true;
  // Positions are final before the first paint, so the first frame is also the settled layout.
  cy.one('render', () => {
    markGraphState('first-frame');
    markGraphState('settled');
  });
  const { updateView, clearFilters } = useStore.getState();
  installAppBenchHandle(cy, updateView, clearFilters);
}

