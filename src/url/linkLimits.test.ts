/** Issue 15, items 6 and 7: links stay short enough to open; a notice of what was ignored stays short. */
import { describe, expect, it } from 'vitest';
import { seedGraph, view } from '../test/fixtures';
import { MAX_IGNORED_LINES, MAX_LINK_QUERY, describeIgnoredGrouped, positionsLeftOut, serializeView, viewFromSearch } from './urlState';

const graph = seedGraph();
const someEntity = graph.entities[0].id;

describe('links with many moved nodes', () => {
  it('keep the positions while the link is short, and leave them out (counted) past the limit', () => {
    const few = view({ pinned: { [someEntity]: { x: 10, y: -20 } } });
    expect(serializeView(few)).toContain(`pos=${someEntity}:10,-20`);
    expect(positionsLeftOut(few)).toBe(0);
    const pinned = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`entity-number-${i}`, { x: -12345 + i, y: 67890 - i }]));
    const many = view({ pinned, countries: ['kp'] });
    const link = serializeView(many);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_QUERY);
    expect(link).not.toContain('pos=');
    expect(link).toContain('country=kp');
    expect(positionsLeftOut(many)).toBe(800);
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
