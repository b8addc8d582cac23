import { describe, expect, it } from 'vitest';
import { createAssembler, loadMessages, type LoadMessage } from './loadMessages';
import type { LoadState } from '../state/store';
import type { Problem } from '../model/validate';
import { seedGraph, seedText } from '../test/fixtures';
import { participantNumbersOf } from '../model/participants';

const ARTICLE = 'nk-belarus-2024-07-24';

function roundTrip(state: LoadState, perMessage: number): { back: LoadState | undefined; messages: LoadMessage[] } {
  // Structured clone, as postMessage does: the page gets copies, never the worker's objects.
  const messages = [...loadMessages(state, perMessage)].map((m) => structuredClone(m));
  const assemble = createAssembler();
  let back: LoadState | undefined;
  messages.forEach((m, i) => {
    const result = assemble(m);
    if (i < messages.length - 1) expect(result).toBeUndefined();
    else back = result;
  });
  return { back, messages };
}

const itemCount = (m: LoadMessage) => ('items' in m ? m.items.length : 0);

/** The seed with every other article's text inlined, so both ways a text arrives are covered. */
function readyState(): Extract<LoadState, { status: 'ready' }> {
  const graph = seedGraph();
  const inlined = { ...graph.articles[0], id: 'inline-one', text: 'An inline text.' };
  graph.articles.push(inlined);
  const texts = new Map([
    [ARTICLE, seedText(ARTICLE)],
    ['inline-one', 'An inline text.'],
  ]);
  const layout = Object.fromEntries(graph.entities.map((e, i) => [`e:${e.id}`, { x: i, y: -i }]));
  return { status: 'ready', file: 'data/graph.json', graph, texts, layout };
}

describe('loadMessages / createAssembler', () => {
  it("hands the page the sender's participant numbers with the graph, and works them out itself when they do not fit", () => {
    const state = readyState();
    const sent = participantNumbersOf(state.graph);
    const assembleAll = (tamper?: (n: { first: Int32Array }) => void) => {
      const messages = [...loadMessages(state, 5)].map((m) => structuredClone(m));
      const done = messages.at(-1) as Extract<LoadMessage, { type: 'done' }>;
      const numbers = done.state.status === 'ready' ? done.state.participants : undefined;
      if (numbers) tamper?.(numbers);
      const assemble = createAssembler();
      let back: LoadState | undefined;
      for (const m of messages) back = assemble(m);
      return { numbers, graph: (back as Extract<LoadState, { status: 'ready' }>).graph };
    };
    const arrived = assembleAll();
    expect(arrived.numbers).toEqual(sent);
    expect(participantNumbersOf(arrived.graph)).toBe(arrived.numbers); // kept as they came, not worked out again

    // Numbers that cannot be this graph's (one participant short) are dropped, not trusted.
    const tampered = assembleAll((n) => void (n.first[1] -= 1));
    expect(participantNumbersOf(tampered.graph)).not.toBe(tampered.numbers);
    expect(participantNumbersOf(tampered.graph)).toEqual(sent);
  });

  it('a ready state arrives whole, in messages of at most the given number of items', () => {
    const state = readyState();
    for (const perMessage of [1, 3, 2000]) {
      const { back, messages } = roundTrip(state, perMessage);
      expect(back).toEqual(state);
      expect(Math.max(...messages.map(itemCount))).toBeLessThanOrEqual(perMessage);
    }
    expect(roundTrip(state, 3).messages.filter((m) => m.type === 'relations')).toHaveLength(Math.ceil(state.graph.relations.length / 3));
  });

  it('an inline text travels once, inside its article; only fetched texts are sent as texts', () => {
    const { messages } = roundTrip(readyState(), 2000);
    const texts = messages.flatMap((m) => (m.type === 'texts' ? m.items.map(([id]) => id) : []));
    expect(texts).toEqual([ARTICLE]);
  });

  it('a state without precomputed positions arrives without them', () => {
    const { layout: _layout, ...state } = readyState();
    const { back, messages } = roundTrip(state, 2000);
    expect(back).toEqual(state);
    expect(back && 'layout' in back).toBe(false);
    expect(messages.some((m) => m.type === 'positions')).toBe(false);
  });

  it('an error state arrives with every problem, in order', () => {
    const problems: Problem[] = Array.from({ length: 7 }, (_, i) => ({ file: 'data/x.json', path: `entities[${i}].id`, message: `problem ${i}` }));
    const state: LoadState = { status: 'error', file: 'data/x.json', problems };
    const { back, messages } = roundTrip(state, 3);
    expect(back).toEqual(state);
    expect(messages.map((m) => m.type)).toEqual(['problems', 'problems', 'problems', 'done']);
  });

  it('a failure from the worker is thrown on the page', () => {
    expect(() => createAssembler()({ type: 'failed', message: 'boom' })).toThrow('boom');
  });
});
