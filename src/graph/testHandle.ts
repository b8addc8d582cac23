/**
 * A read-only handle on the live Cytoscape instance for end-to-end tests and debugging
 * (e.g. to find where a node is drawn before clicking it). Not an API the app relies on.
 */
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    __entente?: { cy: Core };
  }
}

export function exposeForTests(cy: Core) {
  if (typeof window !== 'undefined') window.__entente = { cy };
}
