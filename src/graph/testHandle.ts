/**
 * A read-only handle on the live Cytoscape instance for end-to-end tests and debugging
 * (e.g. to find where a node is drawn before clicking it). Not an API the app relies on.
 */
import type { Core } from 'cytoscape';

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
  if (typeof window !== 'undefined' && window.__entente?.cy === cy) window.__entente.ready = true;
}
