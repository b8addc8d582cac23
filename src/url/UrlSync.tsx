/**
 * Keeps the address bar and the store in step, one direction at a time:
 *
 * - once the data is ready: the link's query is parsed and cleaned against it and becomes the
 *   view (replaceView); whatever was ignored is shown as a notice; the address is rewritten in
 *   canonical form (replaceState — opening a link is no history step);
 * - every later view change writes the URL (push or replace, see historyPolicy.ts) — only
 *   when the canonical query actually changed — once the frame that shows the change is painted
 *   (see HistoryWriter);
 * - Back/Forward (popstate) parse and clean the URL and replace the view. The resulting store
 *   change compares equal to the address (or only canonicalizes it with replaceState), so it
 *   never pushes: no loops.
 *
 * The data file is read before anything loads (main.tsx; a refused one is reported through noticeForIgnored).
 */
import { useEffect } from 'react';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import type { ViewState } from '../state/viewState';
import { describeIgnoredGrouped, positionsLeftOut, serializeView, viewFromSearch, type IgnoredParam } from './urlState';
import { changedFields, decideWrite, type HistoryWrite, type LastWrite } from './historyPolicy';
import { afterPaint } from '../perf/afterPaint';

export const IGNORED_NOTICE = 'Parts of this link could not be used and were ignored:';

export function noticeForIgnored(ignored: IgnoredParam[]) {
  const { addNotice } = useStore.getState();
  if (ignored.length) addNotice(IGNORED_NOTICE, describeIgnoredGrouped(ignored));
}

export const POSITIONS_LEFT_OUT_NOTICE = (n: number) =>
  `The link keeps this view without its ${n.toLocaleString('en')} moved node positions: with them it would be too long for a browser or server to open. Moving fewer nodes keeps them in the link.`;

/** The full address of a view: this page with the canonical query, keeping any #fragment. */
export function urlForSearch(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** The shareable absolute link to the current view. */
export function shareableLink(view: ViewState, dataFile: string): string {
  const load = useStore.getState().load;
  const graph = load.status === 'ready' ? load.graph : undefined;
  return `${window.location.origin}${urlForSearch(serializeView(view, dataFile, graph))}`;
}

/**
 * Writes the history entries the view's changes decide, after the frame that shows the change:
 * Chromium takes 2–8 ms for a pushState or replaceState (measured on the benchmark machine),
 * and a timeline brush, a filter or a keystroke would otherwise pay that before its frame.
 * The writes keep their order and kind: a change that pushes first writes the one waiting, so
 * every step stays a step of its own; a replace only updates the address waiting to be written.
 */
class HistoryWriter {
  private pending?: { write: Exclude<HistoryWrite, 'none'>; url: string; search: string };
  private cancel?: () => void;

  /** The query the address has, or will have once the waiting write is made. */
  get search(): string {
    return this.pending?.search ?? window.location.search;
  }

  write(write: Exclude<HistoryWrite, 'none'>, search: string) {
    if (write === 'push') this.flush();
    if (this.pending) {
      this.pending = { ...this.pending, url: urlForSearch(search), search };
      return;
    }
    this.pending = { write, url: urlForSearch(search), search };
    this.cancel = afterPaint(() => this.flush());
  }

  /** Makes the waiting write now. */
  flush() {
    this.cancel?.();
    this.cancel = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending?.write === 'push') window.history.pushState(null, '', pending.url);
    else if (pending) window.history.replaceState(window.history.state, '', pending.url);
  }

  /** Forgets the waiting write: the browser moved to another entry (Back, Forward), which decides the address now. */
  drop() {
    this.cancel?.();
    this.cancel = undefined;
    this.pending = undefined;
  }
}

function startSync(graph: Graph, dataFile: string): () => void {
  const store = useStore;
  let last: LastWrite | undefined;
  let fromUrl = false;
  const history = new HistoryWriter();

  const applyLocation = (report: boolean) => {
    history.drop();
    const { view, ignored } = viewFromSearch(window.location.search, graph);
    fromUrl = true;
    try {
      store.getState().replaceView(view);
    } finally {
      fromUrl = false;
    }
    if (report) noticeForIgnored(ignored);
    const canonical = serializeView(view, dataFile, graph);
    if (canonical !== window.location.search) window.history.replaceState(window.history.state, '', urlForSearch(canonical));
    last = undefined;
  };

  applyLocation(true);

  // Told once each time the positions stop fitting in the link, not at every later move.
  let leftOut = 0;
  const unsubscribe = store.subscribe((state, prev) => {
    // A new graph (a local file opened) brings its own view: it is not a step in this one's history.
    if (state.view === prev.view || fromUrl || state.load !== prev.load) return;
    const next = serializeView(state.view, dataFile, graph);
    const nowLeftOut = state.view.pinned === prev.view.pinned ? leftOut : positionsLeftOut(state.view, dataFile, graph);
    if (nowLeftOut && !leftOut) store.getState().addNotice(POSITIONS_LEFT_OUT_NOTICE(nowLeftOut));
    leftOut = nowLeftOut;
    const fields = changedFields(prev.view, state.view);
    const write = decideWrite(history.search, next, state.historyMode, fields, last);
    if (write === 'none') return;
    history.write(write, next);
    last = { mode: state.historyMode, fields };
  });

  // Back/Forward land on URLs we wrote, so they are clean already; a hand-edited #-only
  // navigation could still carry junk, which is then reported like any link.
  const onPopState = () => applyLocation(true);
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    history.flush();
  };
}

/**
 * A local file has no address: the page's address becomes the bare page (what a reload would
 * open), as a new history entry. Back leaves the file for the page it was opened on, which is
 * loaded again, as the address there says.
 */
function startLocal(): () => void {
  window.history.pushState(null, '', urlForSearch(''));
  const onPopState = () => window.location.reload();
  window.addEventListener('popstate', onPopState);
  return () => window.removeEventListener('popstate', onPopState);
}

/** Renderless: mounted once in App; starts syncing when the data is ready. */
export function UrlSync() {
  const load = useStore((s) => s.load);
  const graph = load.status === 'ready' ? load.graph : undefined;
  const local = load.status === 'ready' && !!load.local;
  const file = load.file;
  useEffect(() => {
    if (!graph) return;
    return local ? startLocal() : startSync(graph, file);
  }, [graph, file, local]);
  return null;
}
