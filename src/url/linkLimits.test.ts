/** Issue 15, items 6 and 7: links stay short enough to open; a notice of what was ignored stays short. */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../model/schema';
import type { Point } from '../state/viewState';
import { seedGraph, view } from '../test/fixtures';
import { MAX_COORDINATE, MAX_IGNORED_LINES, MAX_LINK_QUERY, describeIgnoredGrouped, positionsLeftOut, serializeView, viewFromSearch } from './urlState';

const graph = seedGraph();
const someEntity = graph.entities[0].id;

/** A data set of n entities with ids shaped like the real ones (names, 8–20 characters). */
function bigGraph(n: number): Graph {
  const entities = Array.from({ length: n }, (_, i) => ({ ...graph.entities[1], id: `person-${(i * 7919).toString(36)}-${'x'.repeat(i % 12)}` }));
  return { ...graph, entities };
}

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n moved nodes of the data, spread over a layout `span` pixels wide, from a seed. */
function movedNodes(data: Graph, n: number, span: number, seed: number): Record<string, Point> {
  const next = random(seed);
  const ids = data.entities.map((e) => e.id).sort(() => next() - 0.5).slice(0, n);
  return Object.fromEntries(ids.map((id) => [id, { x: Math.round((next() - 0.5) * span), y: Math.round((next() - 0.5) * span) }]));
}

const posOf = (search: string) => new URLSearchParams(search).get('pos') ?? '';

describe('links with many moved nodes', () => {
  it('keep the positions while the link is short, and leave them out (counted) past the limit', () => {
    const few = view({ pinned: { [someEntity]: { x: 10, y: -20 } } });
    expect(serializeView(few, undefined, graph)).toContain(`pos=${someEntity}:10,-20`);
    expect(positionsLeftOut(few, undefined, graph)).toBe(0);
    const pinned = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`entity-number-${i}`, { x: -12345 + i, y: 67890 - i }]));
    const many = view({ pinned, countries: ['kp'] });
    const link = serializeView(many);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_QUERY);
    expect(link).not.toContain('pos=');
    expect(link).toContain('country=kp');
    expect(positionsLeftOut(many)).toBe(800);
  });

  it('write 800 moved nodes compactly, well under the limit, and read them back exactly', () => {
    const data = bigGraph(1000);
    const pinned = movedNodes(data, 800, 4000, 15);
    const readable = `?pos=${Object.entries(pinned).map(([id, p]) => `${id}:${p.x},${p.y}`).join(';')}`;
    const compact = serializeView(view({ pinned }), undefined, data);
    const spread = serializeView(view({ pinned: movedNodes(data, 800, 200_000, 15) }), undefined, data);
    // Measured: the id:x,y form (every link before) takes 23,399 characters here, past vite's 16 KB;
    // the compact one 3,393 (4 per node and a 167-character bitset), 4,995 spread over ±100,000.
    expect(readable.length).toBeGreaterThan(16_000);
    expect(compact.length).toBeLessThan(3_500);
    expect(spread.length).toBeLessThan(5_000);
    expect(positionsLeftOut(view({ pinned }), undefined, data)).toBe(0);
    const { view: back, ignored } = viewFromSearch(compact, data);
    expect(ignored).toEqual([]);
    expect(back.pinned).toEqual(Object.fromEntries(Object.entries(pinned).sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(serializeView(back, undefined, data)).toBe(compact);
  });

  it('fit 1,400 moved nodes of a layout under 4,096 pixels wide, and 900 spread over the whole ±100,000', () => {
    const data = bigGraph(2000);
    expect(positionsLeftOut(view({ pinned: movedNodes(data, 1400, 4000, 1) }), undefined, data)).toBe(0);
    expect(positionsLeftOut(view({ pinned: movedNodes(data, 900, 200_000, 2) }), undefined, data)).toBe(0);
    expect(positionsLeftOut(view({ pinned: movedNodes(data, 2000, 200_000, 3) }), undefined, data)).toBe(2000);
  });

  it('round-trip any set of moved nodes, in either compact mode, whatever the spread (seeded)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const data = bigGraph(1 + Math.floor(next() * 300));
      const n = 1 + Math.floor(next() * data.entities.length);
      const span = [10, 100, 5000, 200_000][Math.floor(next() * 4)];
      const pinned = movedNodes(data, n, span, seed);
      const search = serializeView(view({ pinned }), undefined, data);
      const { view: back, ignored } = viewFromSearch(search, data);
      expect(ignored, `seed ${seed}`).toEqual([]);
      expect(Object.keys(back.pinned).length, `seed ${seed}`).toBe(n);
      for (const [id, p] of Object.entries(pinned)) expect(back.pinned[id], `seed ${seed}`).toEqual({ x: Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, p.x)) || 0, y: Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, p.y)) || 0 });
      expect(serializeView(back, undefined, data), `seed ${seed}`).toBe(search);
    }
  });

  it('keep a few moved nodes with short ids readable (id:x,y), whichever form is shorter', () => {
    expect(serializeView(view({ pinned: { kp: { x: 10, y: -21 }, by: { x: 0, y: 3 } } }), undefined, graph)).toBe('?pos=by:0,3;kp:10,-21');
    const data = bigGraph(50);
    const [a, b] = data.entities.map((e) => e.id).sort();
    expect(serializeView(view({ pinned: { [a]: { x: 1, y: 2 }, [b]: { x: -3, y: 4 } } }), undefined, data)).toMatch(/^\?pos=1\./);
  });

  it('still open links written before, with ids (id:x,y)', () => {
    const data = bigGraph(50);
    const [a, b] = data.entities.map((e) => e.id).sort();
    expect(viewFromSearch(`?pos=${b}:-3,4;${a}:1,2`, data)).toEqual({ view: view({ pinned: { [a]: { x: 1, y: 2 }, [b]: { x: -3, y: 4 } } }), ignored: [] });
  });

  it('ignore damaged compact positions, or ones made for other data, with a notice and no crash', () => {
    const data = bigGraph(300);
    const compact = posOf(serializeView(view({ pinned: movedNodes(data, 100, 3000, 7) }), undefined, data));
    expect(compact).toMatch(/^1\./);
    const other = bigGraph(301);
    const damaged = [
      compact.slice(0, -1),
      compact + 'A',
      compact.replace(/^1\./, '2.'),
      compact.replace(/\.([ib])/, '.q'),
      compact.replace(/[A-Za-z0-9_-]$/, '!'),
      '1....',
      '1',
    ];
    for (const token of damaged) {
      const { view: v, ignored } = viewFromSearch(`?pos=${encodeURIComponent(token)}`, data);
      expect(v.pinned, token).toEqual({});
      expect(ignored.length, token).toBeGreaterThan(0);
      expect(describeIgnoredGrouped(ignored).length).toBeLessThanOrEqual(MAX_IGNORED_LINES);
    }
    const elsewhere = viewFromSearch(`?pos=${compact}`, other);
    expect(elsewhere.view.pinned).toEqual({});
    expect(elsewhere.ignored.map((i) => i.reason)).toEqual(['these compact positions were made for other data']);
  });

  it('name the node when an index points past the data, and apply the first of a node given twice', () => {
    const data = bigGraph(10);
    const [first] = data.entities.map((e) => e.id).sort();
    const compact = posOf(serializeView(view({ pinned: movedNodes(data, 10, 50, 3) }), undefined, data));
    const bitsetPastEnd = compact.replace(/\.b(\d\d)\.(.)(.)/, (_, w, a) => `.b${w}.${a}_`);
    expect(viewFromSearch(`?pos=${bitsetPastEnd}`, data).ignored.map((i) => i.reason)).toEqual(['the compact positions are cut short or damaged']);
    const twice = viewFromSearch(`?pos=${first}:5,5;${compact}`, data);
    expect(twice.view.pinned[first]).toEqual({ x: 5, y: 5 });
    expect(twice.ignored.map((i) => i.reason)).toEqual(['this node is given more than once; the first is used']);
  });
});

describe('the ignored notice', () => {
  it('counts 4,999 duplicates of one position on one line', () => {
    const pos = Array.from({ length: 5000 }, () => `${someEntity}:1,2`).join(';');
    const { ignored } = viewFromSearch(`?pos=${pos}`, graph);
    expect(ignored).toHaveLength(4999);
    expect(describeIgnoredGrouped(ignored)).toEqual([`4,999 positions were ignored (pos): this node is given more than once; the first is used; the first: ${someEntity}:1,2`]);
  });

  it('lists a few of a kind, and never runs past its line limit', () => {
    const two = describeIgnoredGrouped(viewFromSearch('?kind=zz,yy', graph).ignored);
    expect(two).toHaveLength(2);
    expect(two.every((line) => /Entente does not know \((zz|yy)\)/.test(line))).toBe(true);
    const unknown = Array.from({ length: 50 }, (_, i) => `p${i}=1`).join('&');
    const lines = describeIgnoredGrouped(viewFromSearch(`?${unknown}`, graph).ignored);
    expect(lines.length).toBeLessThanOrEqual(MAX_IGNORED_LINES);
  });
});
