/**
 * The page's side of the search worker, for large graphs. The graph's searchable text goes to
 * the worker in slices while the page is idle (one message of 60,000 relations would be the
 * longest task of the session); a query sends whatever is left first, then asks. Answers come
 * back as positions and are turned into the page's own objects (answer.ts). A worker that
 * cannot start or fails leaves search working: the page then answers on its own thread.
 */
import type { Graph } from '../model/schema';
import { whileIdle } from '../perf/idle';
import { afterPaint } from '../perf/afterPaint';
import { answerSearch, emptyAnswer, fromWire, type SearchAnswer } from './answer';
import { loadFuzzy } from './fuzzy';
import type { SearchReply, SearchRequest } from './searchWorkerCore';

/** Relations from which a graph is searched in a worker: L (15,000) and XL (60,000) are; M (3,000) is not. */
export const SEARCH_IN_WORKER_FROM = 10_000;

/** Relations per message while the page is idle: a few milliseconds of copying each at XL. */
const SLICE = 2000;
/** Entities and articles per message: at 100,000 entities one message of all the names was a 350 ms task. */
const NAME_SLICE = 5000;

export interface SearchWorker {
  postMessage(message: SearchRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export const startSearchWorker = (): SearchWorker => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }) as SearchWorker;

export class RemoteSearch {
  /** The newest answer received (or computed here after a failure): the search box's list. */
  current: SearchAnswer = emptyAnswer();
  /**
   * Its matched entities, for the canvas, once the list has been painted: restyling and
   * redrawing a few hundred matched nodes of a large map takes 100-170 ms, and in the same
   * frame the list's pixels would wait for it.
   */
  matches: ReadonlySet<string> = this.current.matches;
  private cancelMatches: () => void = () => {};
  private readonly matchListeners = new Set<() => void>();
  private currentSeq = 0;
  private asked: { seq: number; query: string } | undefined;
  private seq = 0;
  private sentEntities = 0;
  private sentArticles = 0;
  private sentNames = false;
  private sent = 0;
  private hurrying = false;
  private worker: SearchWorker | undefined;
  private stopSending: () => void = () => {};
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly graph: Graph,
    start: () => SearchWorker = startSearchWorker,
  ) {
    try {
      this.worker = start();
    } catch (err) {
      this.fail(err);
      return;
    }
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail(event.message || 'the search worker stopped');
    };
    // Nothing is copied here: the search is made while the page renders the graph's first frame.
    this.stopSending = whileIdle(() => this.sendSlice());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SearchAnswer => this.current;

  subscribeMatches = (listener: () => void): (() => void) => {
    this.matchListeners.add(listener);
    return () => this.matchListeners.delete(listener);
  };

  getMatches = (): ReadonlySet<string> => this.matches;

  /** Asks for this query's answer; listeners hear when it (or a newer one) arrives. */
  request(query: string): void {
    if (this.asked?.query === query) return;
    if (this.current.query === query) {
      // Back to the text already answered: a reply to anything asked since is out of date.
      this.asked = undefined;
      this.currentSeq = ++this.seq;
      return;
    }
    if (!query.trim() || !this.worker) {
      // No query needs no worker; without a worker the page answers itself.
      this.asked = undefined;
      if (this.worker) this.show(emptyAnswer(query), ++this.seq);
      else this.answerOnPage(query, ++this.seq);
      return;
    }
    this.asked = { seq: ++this.seq, query };
    if (!this.allSent()) this.hurry();
    else this.worker.postMessage({ type: 'query', ...this.asked });
  }

  /**
   * A query came before all the text was sent: the rest goes now, a slice per task rather than
   * in one long one (copying 60,000 relations takes the page ~150 ms), then the newest query.
   */
  private hurry(): void {
    if (this.hurrying) return;
    this.hurrying = true;
    this.stopSending();
    const step = () => {
      if (!this.worker) return;
      if (this.sendSlice()) {
        const timer = setTimeout(step, 0);
        this.stopSending = () => clearTimeout(timer);
        return;
      }
      this.hurrying = false;
      this.stopSending = () => {};
      if (this.asked) this.worker.postMessage({ type: 'query', ...this.asked });
    };
    step();
  }

  dispose(): void {
    this.stopSending();
    this.cancelMatches();
    this.matchListeners.clear();
    this.worker?.terminate();
    this.worker = undefined;
    this.listeners.clear();
  }

  private allSent(): boolean {
    return this.sentNames && this.sent >= this.graph.relations.length;
  }

  /** Sends the next piece (the names and titles first, then the relation texts a slice at a time); true while more are left. */
  private sendSlice(): boolean {
    const { relations } = this.graph;
    if (!this.worker || this.allSent()) return false;
    if (!this.sentNames) {
      this.sendNameSlice();
      return !this.allSent();
    }
    const end = Math.min(this.sent + SLICE, relations.length);
    const slice = [];
    for (let i = this.sent; i < end; i++) slice.push({ summary: relations[i].summary, quotes: relations[i].evidence.map((e) => e.quote) });
    this.worker.postMessage({ type: 'relations', relations: slice });
    this.sent = end;
    return end < relations.length;
  }

  /** The next piece of the names: entities first, then articles; the last piece says so. */
  private sendNameSlice(): void {
    const { entities, articles } = this.graph;
    const entityEnd = Math.min(this.sentEntities + NAME_SLICE, entities.length);
    const articleEnd = Math.min(this.sentArticles + NAME_SLICE - (entityEnd - this.sentEntities), articles.length);
    const last = entityEnd === entities.length && articleEnd === articles.length;
    this.worker!.postMessage({
      type: 'names',
      entities: entities.slice(this.sentEntities, entityEnd).map(({ id, kind, name, aliases }) => ({ id, kind, name, aliases })),
      articles: articles.slice(this.sentArticles, articleEnd).map(({ id, title, publisher, agency }) => ({ id, title, publisher, agency })),
      last,
    });
    this.sentEntities = entityEnd;
    this.sentArticles = articleEnd;
    this.sentNames = last;
  }

  private receive(reply: SearchReply): void {
    // An answer to an older query still shows while the newest is on its way: the list follows the typing.
    if (reply.seq > this.currentSeq) this.show(fromWire(this.graph, reply.answer), reply.seq);
    if (reply.seq === this.asked?.seq) this.asked = undefined;
  }

  /** Answers on the page; an answer waiting for close spellings (fuzzy.ts) is given again when they arrive, unless the query has moved on. */
  private answerOnPage(query: string, seq: number): void {
    const answer = answerSearch(this.graph, query);
    this.show(answer, seq);
    if (answer.typosPending) void loadFuzzy().then(() => this.currentSeq === seq && this.show(answerSearch(this.graph, query), seq));
  }

  private show(answer: SearchAnswer, seq: number): void {
    this.current = answer;
    this.currentSeq = seq;
    for (const listener of this.listeners) listener();
    this.cancelMatches();
    this.cancelMatches = afterPaint(() => {
      this.matches = answer.matches;
      for (const listener of this.matchListeners) listener();
    });
  }

  private fail(reason: unknown): void {
    console.warn(`Searching in a worker failed (${reason instanceof Error ? reason.message : String(reason)}); searching on the page instead.`);
    this.stopSending();
    this.worker?.terminate();
    this.worker = undefined;
    const pending = this.asked;
    this.asked = undefined;
    if (pending) this.answerOnPage(pending.query, pending.seq);
  }
}
