// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { seedGraph } from '../test/fixtures';
import type { SearchReply } from './searchWorkerCore';

/** Each test gets fuzzy.ts (and what reads it) fresh, before fuse.js has been asked for. */
beforeEach(() => vi.resetModules());
afterEach(() => {
  cleanup();
  vi.doUnmock('fuse.js');
});

const TYPO = 'Lukashenka';
const LUKASHENKO = 'alexander-lukashenko';

describe('the typo tier, fetched when first needed', () => {
  it('an answer that needs it says it is waiting, is not kept, and is complete once it has arrived', async () => {
    const { answerSearch } = await import('./answer');
    const { loadFuzzy } = await import('./fuzzy');
    const graph = seedGraph();

    const waiting = answerSearch(graph, TYPO);
    expect(waiting.typosPending).toBe(true);
    expect(waiting.matches.size).toBe(0);
    // A query found as written does not wait.
    expect(answerSearch(graph, 'Lukashenko').typosPending).toBe(false);

    await loadFuzzy();
    const answered = answerSearch(graph, TYPO);
    expect(answered.typosPending).toBe(false);
    expect([...answered.matches]).toContain(LUKASHENKO);
  });

  it('the page search answers again when it arrives', async () => {
    const { useSearch } = await import('./useSearch');
    const { loadFuzzy } = await import('./fuzzy');
    const graph = seedGraph();
    const { result } = renderHook(() => useSearch(graph, TYPO));
    expect(result.current.typosPending).toBe(true);
    await act(() => loadFuzzy());
    expect(result.current.typosPending).toBe(false);
    expect(result.current.entities[0]?.entity.id).toBe(LUKASHENKO);
  });

  it('the search worker answers such a query once it has arrived, with it', async () => {
    const { createSearchWorkerCore } = await import('./searchWorkerCore');
    const { loadFuzzy } = await import('./fuzzy');
    const graph = seedGraph();
    const replies: SearchReply[] = [];
    const handle = createSearchWorkerCore((reply) => replies.push(reply), (run) => run());
    handle({ type: 'names', entities: graph.entities, articles: graph.articles, last: true });
    handle({ type: 'query', seq: 1, query: TYPO });
    expect(replies).toEqual([]);

    await loadFuzzy();
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    const found = [...replies[0].answer.matched].map((i) => graph.entities[i].id);
    expect(replies[0].answer.query).toBe(TYPO);
    expect(found).toContain(LUKASHENKO);
  });

  it('a search whose worker cannot start answers on the page, again once it has arrived', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { RemoteSearch } = await import('./remoteSearch');
    const { loadFuzzy } = await import('./fuzzy');
    const graph = seedGraph();
    const search = new RemoteSearch(graph, () => {
      throw new Error('blocked');
    });
    search.request(TYPO);
    expect(search.getSnapshot().typosPending).toBe(true);
    await loadFuzzy();
    await vi.waitFor(() => expect([...search.getSnapshot().matches]).toContain(LUKASHENKO));
    expect(search.getSnapshot().typosPending).toBe(false);
    vi.restoreAllMocks();
  });

  it('if it cannot be fetched, search answers without it instead of waiting for ever', async () => {
    vi.doMock('fuse.js', () => {
      throw new Error('offline');
    });
    const { answerSearch } = await import('./answer');
    const { loadFuzzy } = await import('./fuzzy');
    const graph = seedGraph();
    expect(answerSearch(graph, TYPO).typosPending).toBe(true);
    await loadFuzzy();
    const answer = answerSearch(graph, TYPO);
    expect(answer.typosPending).toBe(false);
    expect(answer.matches.size).toBe(0);
  });
});
