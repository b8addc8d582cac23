/**
 * The one store. `view` is the user's state (serialized to the URL by url/urlState.ts);
 * `data` is the loaded, validated graph. Components read slices with selectors and change
 * state only through these actions, so every change carries its history mode.
 */
import { create } from 'zustand';
import type { Graph } from '../model/schema';
import type { Positions } from '../layout/runLayout';
import type { Problem } from '../model/validate';
import { DEFAULT_VIEW, type HistoryMode, type Selection, type ViewState } from './viewState';

export type LoadState =
  | { status: 'loading'; file: string }
  | {
      status: 'ready';
      file: string;
      graph: Graph;
      texts: ReadonlyMap<string, string>;
      /** Positions precomputed for this very graph (data/<name>.layout.json), when they exist and match. */
      layout?: Positions;
      /**
       * Set when the graph came from the user's own computer (dropped or picked), not from the
       * server: `file` is then the file's name, which no link can carry. `opened` tells two
       * openings of files with the same name apart.
       */
      local?: { opened: number };
    }
  | { status: 'error'; file: string; problems: Problem[] };

export interface Notice {
  id: number;
  message: string;
  /** Details shown under the message, e.g. each ignored URL parameter. */
  details?: string[];
}

export interface EntenteState {
  load: LoadState;
  view: ViewState;
  /** How the last view change should enter the browser history. */
  historyMode: HistoryMode;
  notices: Notice[];
  /**
   * The days of the timeline bar under the pointer (days since 1970), while it is hovered:
   * transient, never in the view or the URL. The graph emphasises the relations active then.
   */
  timeHover?: { first: number; last: number };
  setTimeHover: (span: { first: number; last: number } | undefined) => void;
  /**
   * The graph element the keyboard walk is on (graph/keyboardWalk.ts): transient like hover,
   * never in the view or the URL. Enter turns it into the selection.
   */
  keyFocus?: Selection;
  setKeyFocus: (focus: Selection | undefined) => void;
  setLoad: (load: LoadState) => void;
  /** Show a graph read from a local file, in its default view: the old view's ids belong to the old graph. */
  openLocal: (name: string, graph: Graph, texts: ReadonlyMap<string, string>) => void;
  /** Replace part of the view. `mode` says whether the change is a step (push) or typing (replace). */
  updateView: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Set the whole view, e.g. from the URL on load or on back/forward; never re-written to history. */
  replaceView: (view: ViewState) => void;
  clearFilters: () => void;
  addNotice: (message: string, details?: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const useStore = create<EntenteState>()((set) => ({
  load: { status: 'loading', file: 'data/graph.json' },
  view: DEFAULT_VIEW,
  historyMode: 'push',
  notices: [],
  setTimeHover: (timeHover) => set({ timeHover }),
  setKeyFocus: (keyFocus) => set({ keyFocus }),
  setLoad: (load) => set({ load }),
  openLocal: (name, graph, texts) =>
    set({ load: { status: 'ready', file: name, graph, texts, local: { opened: Date.now() } }, view: DEFAULT_VIEW, historyMode: 'replace', timeHover: undefined }),
  updateView: (patch, mode = 'push') => set((s) => ({ view: { ...s.view, ...patch }, historyMode: mode })),
  replaceView: (view) => set({ view, historyMode: 'replace' }),
  clearFilters: () =>
    set((s) => ({
      view: { ...DEFAULT_VIEW, selected: s.view.selected, pinned: s.view.pinned, ...(s.view.camera ? { camera: s.view.camera } : {}), ...(s.view.embed ? { embed: true } : {}) },
      historyMode: 'push',
    })),
  addNotice: (message, details) => set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, message, details }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
