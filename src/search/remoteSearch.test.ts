import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateGraph } from '../generate/generate';
import { answerSearch, fromWire, toWire, type SearchAnswer } from './answer';
import { createSearchWorkerCore, type SearchReply, type SearchRequest } from './searchWorkerCore';
import { RemoteSearch, type SearchWorker } from './remoteSearch';
import { seedGraph } from '../test/fixtures';
import { loadFuzzy } from './fuzzy';

// These tests are about answers with the typo tier at hand; fuzzy.test.ts covers the wait for it.
beforeAll(loadFuzzy);

const graph = generateGraph({ entities: 600, relations: 5000, seed: 7 });
const QUERIES = ['be', 'bel', 'minsk', 'talks', 'cooperat', 'Lukashenka', 'zzzz', 'agric', 'n'];

/** What a view needs of an answer, as plain data: comparable across page and worker. */
const plain = (a: SearchAnswer) => ({
  query: a.query,
  matches: [...a.matches],
  entities: a.entities.map((m) => [m.entity.id, m.matched, m.tier]),
  relations: a.relations.map((m) => [m.relation.id, m.evidence]),
  articles: a.articles.map((m) => m.article.id),
});

/** A worker in this thread: messages go through the real core; replies wait until `deliver`. */
function fakeWorker() {
  const sent: SearchRequest[] = [];
  const replies: SearchReply[] = [];
  let timers: Array<() => void> = [];
  const core = createSearchWorkerCore(
    (reply) => replies.push(reply),
    (run) => timers.push(run),
  );
  const worker: SearchWorker = {
    postMessage: (message) => {
      sent.push(message);
      // Copied, as a worker's message is: the core must not share the page's objects.
      core(structuredClone(message));
    },
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
  };
  /** Lets the page finish sending (its timers), runs the worker's pending work and hands its replies to the page. */
  const deliver = () => {
    vi.runOnlyPendingTimers();
    while (vi.getTimerCount() > 0 && sent.at(-1)?.type !== 'query') vi.runOnlyPendingTimers();
    const run = timers;
    timers = [];
    run.forEach((f) => f());
    for (const reply of replies.splice(0)) worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<SearchReply>);
  };
  return { worker, sent, deliver };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('search answers', () => {
  it('the wire form carries the same answer as the page search', () => {
    for (const g of [graph, seedGraph()]) for (const q of QUERIES) expect(plain(fromWire(g, toWire(g, q)))).toEqual(plain(answerSearch(g, q)));
  });

  it('the worker, fed the graph in slices, answers as the page does', () => {
    const { worker, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    for (const q of QUERIES) {
      search.request(q);
      deliver();
      expect(plain(search.current)).toEqual(plain(answerSearch(graph, q)));
    }
    search.dispose();
  });

  it('sends nothing while made, then the names and the relations a piece per task, all before the first query', () => {
    const { worker, sent, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    // Nothing is copied while the page makes the search (it renders the graph's first frame then).
    expect(sent).toEqual([]);
    search.request('talks');
    // The first piece of the names at once, the rest in tasks of their own: no long task for the first keystroke.
    expect(sent.map((m) => m.type)).toEqual(['names']);
    search.request('talk');
    deliver();
    expect(sent.filter((m) => m.type === 'query')).toEqual([expect.objectContaining({ query: 'talk' })]);
    const slices = sent.filter((m) => m.type === 'relations');
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.reduce((n, m) => n + (m.type === 'relations' ? m.relations.length : 0), 0)).toBe(graph.relations.length);
    expect(sent.at(-1)).toMatchObject({ type: 'query', query: 'talk' });
    expect(search.current.query).toBe('talk');
    search.dispose();
  });

  it('sends many names in several pieces, indexed once the last is in, and answers as the page does', () => {
    const many = generateGraph({ entities: 12_000, relations: 3000, seed: 3 });
    const { worker, sent, deliver } = fakeWorker();
    const search = new RemoteSearch(many, () => worker);
    search.request('bel');
    deliver();
    const names = sent.filter((m) => m.type === 'names');
    expect(names.length).toBeGreaterThan(2);
    expect(names.map((m) => m.type === 'names' && m.last)).toEqual([...names.slice(1).map(() => false), true]);
    expect(names.reduce((n, m) => n + (m.type === 'names' ? m.entities.length : 0), 0)).toBe(many.entities.length);
    expect(names.reduce((n, m) => n + (m.type === 'names' ? m.articles.length : 0), 0)).toBe(many.articles.length);
    for (const q of ['bel', 'minsk', 'talks']) {
      search.request(q);
      deliver();
      expect(plain(search.current)).toEqual(plain(answerSearch(many, q)));
    }
    search.dispose();
  });

  it('answers only the newest of the queries waiting in the worker, and tells its listeners', () => {
    const { worker, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    const heard = vi.fn();
    search.subscribe(heard);
    search.request('b');
    search.request('be');
    search.request('bel');
    deliver();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(search.current.query).toBe('bel');
    search.dispose();
  });

  it('an answer that arrives after the text went back to the answered query is not shown', () => {
    const { worker, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    search.request('bel');
    deliver();
    search.request('bela');
    search.request('bel');
    deliver();
    expect(search.current.query).toBe('bel');
    search.dispose();
  });

  it('the canvas hears of the matches only after the list has its answer (a paint later)', () => {
    const { worker, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    const order: string[] = [];
    search.subscribe(() => order.push(`list:${search.current.query}`));
    search.subscribeMatches(() => order.push(`canvas:${search.matches.size}`));
    search.request('bel');
    deliver();
    expect(order).toEqual(['list:bel']);
    expect(search.matches.size).toBe(0);
    vi.runOnlyPendingTimers();
    expect(order).toEqual(['list:bel', `canvas:${answerSearch(graph, 'bel').matches.size}`]);
    expect(search.matches).toBe(search.current.matches);
    search.dispose();
  });

  it('an empty query is answered on the page at once, and a query it replaced before it was sent is never asked', () => {
    const { worker, sent, deliver } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    search.request('bel');
    search.request('');
    expect(search.current.query).toBe('');
    expect(search.current.matches.size).toBe(0);
    deliver();
    expect(sent.filter((m) => m.type === 'query')).toHaveLength(0);
    expect(search.current.query).toBe('');
    search.request('minsk');
    deliver();
    expect(sent.filter((m) => m.type === 'query')).toEqual([expect.objectContaining({ query: 'minsk' })]);
    expect(search.current.query).toBe('minsk');
    search.dispose();
  });

  it('a worker that cannot start leaves search working on the page', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const search = new RemoteSearch(graph, () => {
      throw new Error('blocked');
    });
    search.request('minsk');
    expect(plain(search.current)).toEqual(plain(answerSearch(graph, 'minsk')));
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('blocked'));
  });

  it('a worker that fails while a query waits: the page answers it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { worker } = fakeWorker();
    const search = new RemoteSearch(graph, () => worker);
    search.request('talks');
    worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(worker.terminate).toHaveBeenCalled();
    expect(plain(search.current)).toEqual(plain(answerSearch(graph, 'talks')));
    search.request('minsk');
    expect(search.current.query).toBe('minsk');
  });
});
