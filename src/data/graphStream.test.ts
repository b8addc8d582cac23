import { describe, expect, it } from 'vitest';
import { GraphStream } from './graphStream';
import { acceptGraph } from '../model/fastPath';
import { generateGraph } from '../generate/generate';
import type { Graph } from '../model/schema';

/** Pushes `text` in pieces of the given sizes (cycled), then finishes. */
function stream(text: string, sizes: number[], batchChars = 2_000): Graph | undefined {
  const s = new GraphStream(batchChars);
  for (let at = 0, i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length];
    s.push(text.slice(at, at + size));
    at += size;
  }
  return s.finish();
}

const graph = generateGraph({ entities: 200, relations: 600, seed: 3 });
const text = JSON.stringify(graph);

describe('reading a data file while it downloads', () => {
  it('gives exactly what the fast path gives on the whole text, however the text is cut', () => {
    const whole = JSON.stringify(acceptGraph(JSON.parse(text)));
    for (const sizes of [[text.length], [1], [7, 3, 1024], [65_536], [31, 4_099, 2], [500_000]]) {
      for (const batch of [50, 2_000, 1 << 20]) expect(JSON.stringify(stream(text, sizes, batch)), `${sizes} ${batch}`).toBe(whole);
    }
  });

  it('keeps the cut strings when they stand inside a quote, where JSON escapes their quotation marks', () => {
    const tricky: Graph = structuredClone(graph);
    tricky.articles[0].title = 'A "},{"id":"x" and }],"entities":[{"id":"y" in a title';
    tricky.relations[3].summary = 'ends }]} here';
    const t = JSON.stringify(tricky);
    expect(JSON.stringify(stream(t, [13, 400]))).toBe(JSON.stringify(acceptGraph(JSON.parse(t))));
  });

  it('leaves to the whole-text reading anything but the writers\' compact shape', () => {
    const cases: Record<string, string> = {
      'pretty-printed': JSON.stringify(graph, null, 2),
      'keys in another order': JSON.stringify({ version: 1, entities: graph.entities, articles: graph.articles, relations: graph.relations }),
      'an empty section': JSON.stringify({ ...graph, articles: [] }),
      'a key after the relations': text.slice(0, -1) + ',"extra":1}',
      'the relations twice': text.slice(0, -1) + ',"relations":[' + JSON.stringify(graph.relations[0]) + ']}',
      'text after the end': text + 'x',
      'cut short': text.slice(0, -100),
      'an item nested with ids': JSON.stringify({ ...graph, relations: [{ ...graph.relations[0], x: [{ id: 'a' }, { id: 'b' }] }, ...graph.relations.slice(1)] }),
      'an item the fast path leaves to zod': JSON.stringify({ ...graph, relations: [{ ...graph.relations[0], kind: 'friendship' }, ...graph.relations.slice(1)] }),
      'version 2': text.replace('{"version":1,', '{"version":2,'),
      'not JSON': '{"version":1,"articles":[{"id":"a"',
    };
    for (const [name, t] of Object.entries(cases)) expect(stream(t, [97, 5_000]), name).toBeUndefined();
  });

  it('accepts white space after the last brace, as JSON.parse does', () => {
    expect(JSON.stringify(stream(`${text}\n`, [1_000]))).toBe(JSON.stringify(acceptGraph(JSON.parse(text))));
  });
});
