import { describe, expect, it } from 'vitest';
import { facetCounts } from './facets';
import { visibleElements } from './visible';
import { graphOf, seedGraph, view } from '../test/fixtures';

const g = graphOf(
  [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'pa', kind: 'person', name: 'Pa', country: 'a' }],
  [
    { id: 'ab-meet', participants: ['a', 'b'], kind: 'meeting', status: 'reported', date: '2024' },
    { id: 'ab-coop', participants: ['a', 'b'], kind: 'cooperation', status: 'intent', date: '2020' },
    { id: 'bc-meet', participants: ['b', 'c'], kind: 'meeting', status: 'intent' },
    { id: 'pac', participants: ['pa', 'c'], kind: 'conflict', status: 'reported', date: '2024' },
  ],
);

describe('facetCounts', () => {
  it('with no filter, the totals', () => {
    const f = facetCounts(g, view());
    expect(Object.fromEntries(f.kinds)).toEqual({ meeting: 2, cooperation: 1, conflict: 1 });
    expect(Object.fromEntries(f.statuses)).toEqual({ reported: 2, intent: 2 });
    // A person's relation counts for their country.
    expect(Object.fromEntries(f.countries)).toEqual({ a: 3, b: 3, c: 2 });
  });

  it('kind counts follow the status, date and country filters but not the kind filter', () => {
    expect(Object.fromEntries(facetCounts(g, view({ statuses: ['intent'] })).kinds)).toEqual({ cooperation: 1, meeting: 1 });
    expect(Object.fromEntries(facetCounts(g, view({ countries: ['c'] })).kinds)).toEqual({ meeting: 1, conflict: 1 });
    expect(Object.fromEntries(facetCounts(g, view({ from: '2023', includeUndated: false })).kinds)).toEqual({ meeting: 1, conflict: 1 });
    expect(Object.fromEntries(facetCounts(g, view({ kinds: ['meeting'] })).kinds)).toEqual({ meeting: 2, cooperation: 1, conflict: 1 });
  });

  it('status and country counts follow the kind filter', () => {
    const f = facetCounts(g, view({ kinds: ['meeting'] }));
    expect(Object.fromEntries(f.statuses)).toEqual({ reported: 1, intent: 1 });
    expect(Object.fromEntries(f.countries)).toEqual({ a: 1, b: 2, c: 1 });
  });

  it('a count is what ticking that choice alone would show (on the seed)', () => {
    const seed = seedGraph();
    const base = view({ statuses: ['reported'] });
    const f = facetCounts(seed, base);
    for (const [kind, n] of f.kinds) expect(visibleElements(seed, { ...base, kinds: [kind] }).relations.size).toBe(n);
    for (const [country, n] of f.countries) expect(visibleElements(seed, { ...base, countries: [country] }).relations.size).toBe(n);
  });
});
