/**
 * fuse.js, the search's last tier (close spellings: "Lukashenka" finds Lukashenko), fetched when
 * a search first needs it or the search box takes focus, not before the first frame: it is 9 KB
 * of the code a first visit would otherwise wait for (issue 16's 250 KB budget). Until it has
 * arrived an answer that needed it says so (`typosPending`), and the views answer again when it
 * does. If it cannot be fetched, search goes on without the typo tier.
 */
import type FuseClass from 'fuse.js';

export type Fuse = typeof FuseClass;
type State = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; Fuse: Fuse };

let state: State = { status: 'idle' };
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function settle(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

/** Starts fetching fuse.js (once); resolves when it has arrived or failed. */
export function loadFuzzy(): Promise<void> {
  if (state.status !== 'idle') return loading ?? Promise.resolve();
  state = { status: 'loading' };
  loading = import('fuse.js').then(
    (module) => settle({ status: 'ready', Fuse: module.default }),
    () => settle({ status: 'failed' }),
  );
  return loading;
}

/** fuse.js if it has arrived; otherwise undefined, and it is asked for. */
export function fuseIfLoaded(): Fuse | undefined {
  if (state.status === 'ready') return state.Fuse;
  void loadFuzzy();
  return undefined;
}

/** Whether a search that needs the typo tier must still wait for it (false once it has arrived or failed). */
export const typosPending = (): boolean => state.status === 'idle' || state.status === 'loading';

/** For useSyncExternalStore: the listener runs when fuse.js has arrived or failed. */
export function onFuzzySettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
