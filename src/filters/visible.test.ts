import { describe, expect, it } from 'vitest';
import { countLine, countryFocus, filteredElements, filtersPrepared, hasActiveFilters, onFiltersPrepared, passesDate, prepareFilters, PREPARE_WHILE_IDLE_FROM, relationFocusMask, visibleElements } from './visible';
import { facetCounts } from './facets';
import { RELATION_KINDS } from '../model/vocabulary';
import { graphOf, seedGraph, view } from '../test/fixtures';
import { generateGraph } from '../generate/generate';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

/*
 * A small world: countries a, b, c, d; person pa belongs to a; org ob belongs to b;
 * a lone person x with no relations; bloc w.
 */
const g = graphOf(
  [
    { id: 'a' },
    { id: 'b' },
    { id: 'c' },
    { id: 'd' },
    { id: 'pa', kind: 'person', country: 'a' },
    { id: 'ob', kind: 'organization', country: 'b' },
    { id: 'x', kind: 'person' },
    { id: 'w', kind: 'bloc' },
  ],
  [
    { id: 'pa-ob', kind: 'meeting', participants: ['pa', 'ob'], date: '2024-07-23' },
    { id: 'b-c', kind: 'support', directed: true, participants: ['b', 'c'], date: '2023-09' },
    { id: 'a-b-c', participants: ['a', 'b', 'c'], status: 'forecast' },
    { id: 'c-w', kind: 'conflict', participants: ['c', 'w'], status: 'intent', date: { start: '2024-01', end: '2024-03' } },
    { id: 'pa-a', kind: 'role', directed: true, participants: ['pa', 'a'], date: '1994' },
  ],
);

describe('visibleElements without filters', () => {
  it('shows everything', () => {
    const v = visibleElements(g, view());
    expect(v.entities.size).toBe(8);
    expect(v.relations.size).toBe(5);
    expect(countLine(g, v)).toBe('8 of 8 entities, 5 of 5 relations');
    expect(hasActiveFilters(view())).toBe(false);
  });

  it('is what the rules give when every relation passes (the unfiltered view skips them)', () => {
    const large = generateGraph({ entities: 600, relations: 1500, seed: 9 });
    const all = filteredElements(large, view());
    // Every kind ticked passes every relation, through the rules.
    const ruled = filteredElements(large, view({ kinds: [...RELATION_KINDS] }));
    expect(hasActiveFilters(view({ kinds: [...RELATION_KINDS] }))).toBe(true);
    expect([...all.entities]).toEqual([...ruled.entities]);
    expect([...all.relations]).toEqual([...ruled.relations]);
  });
});

describe('prepareFilters', () => {
  it('builds the indices while idle and gives the same answers', async () => {
    const large = generateGraph({ entities: 300, relations: 800, seed: 5 });
    const f = view({ countries: ['ru'], from: '2010', to: '2015' });
    const before = filteredElements(generateGraph({ entities: 300, relations: 800, seed: 5 }), f);
    prepareFilters(large);
    await new Promise((r) => setTimeout(r, 400));
    const after = filteredElements(large, f);
    expect([...after.relations]).toEqual([...before.relations]);
    expect([...after.entities]).toEqual([...before.entities]);
  });
});

describe('dates before 1970', () => {
  it('are dated: kept by a date filter around them, dropped by one that excludes the undated', () => {
    const old = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [
      { id: 'a-b', participants: ['a', 'b'], date: '1961-07-11' },
      { id: 'b-c', participants: ['b', 'c'] },
    ]);
    expect(sorted(filteredElements(old, view({ from: '1960', to: '1962', includeUndated: false })).relations)).toEqual(['a-b']);
    expect(sorted(filteredElements(old, view({ from: '1990', includeUndated: false })).relations)).toEqual([]);
    expect(sorted(filteredElements(old, view({ includeUndated: false })).relations)).toEqual(['a-b']);
    expect(facetCounts(old, view({ includeUndated: false })).countries.get('a')).toBe(1);
  });
});

describe('prepared indices', () => {
  it('a small graph counts as prepared; a large one once its idle steps are done, and says so', async () => {
    expect(filtersPrepared(g)).toBe(true);
    const large = generateGraph({ entities: 2000, relations: PREPARE_WHILE_IDLE_FROM, seed: 4 });
    expect(filtersPrepared(large)).toBe(false);
    const heard: boolean[] = [];
    const stop = onFiltersPrepared(() => heard.push(filtersPrepared(large)));
    prepareFilters(large);
    expect(filtersPrepared(large)).toBe(false);
    for (let i = 0; i < 40 && !filtersPrepared(large); i++) await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(filtersPrepared(large)).toBe(true);
    // Listeners hear every graph's news (the earlier tests' too) and ask about their own.
    expect(heard.at(-1)).toBe(true);
  });
});

describe('country filter', () => {
  it('focus is the selected countries and what belongs to them', () => {
    expect(sorted(countryFocus(g, ['a'])!)).toEqual(['a', 'pa']);
    expect(countryFocus(g, [])).toBeUndefined();
  });

  it('marks, by relation index, the relations a focused entity takes part in', () => {
    const large = generateGraph({ entities: 300, relations: 800, seed: 5 });
    const focus = countryFocus(large, ['ru'])!;
    const mask = relationFocusMask(large, focus);
    expect(mask).toHaveLength(large.relations.length);
    const expected = large.relations.map((r) => (r.participants.some((p) => focus.has(p)) ? 1 : 0));
    expect([...mask]).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    // Worked out once per focus: the visible set and the timeline ask for the same one.
    expect(countryFocus(large, ['ru'])).toBe(focus);
    expect(relationFocusMask(large, countryFocus(large, ['ru'])!)).toBe(mask);
    expect(countryFocus(large, ['us'])).not.toBe(focus);
  });

  it('keeps relations any focused entity takes part in, and their other participants', () => {
    const v = visibleElements(g, view({ countries: ['a'] }));
    // pa-ob via the person pa; a-b-c via a; pa-a via both.
    expect(sorted(v.relations)).toEqual(['a-b-c', 'pa-a', 'pa-ob']);
    // ob and b, c come in as other participants; d, x, w are left out.
    expect(sorted(v.entities)).toEqual(['a', 'b', 'c', 'ob', 'pa']);
  });

  it('several countries combine as a union', () => {
    const v = visibleElements(g, view({ countries: ['a', 'd'] }));
    expect(v.entities.has('d')).toBe(true); // a selected country is always shown
    expect(v.relations.has('c-w')).toBe(false);
  });

  it('hides unrelated countries and lone entities outside the focus', () => {
    const v = visibleElements(g, view({ countries: ['c'] }));
    expect(sorted(v.relations)).toEqual(['a-b-c', 'b-c', 'c-w']);
    expect(v.entities.has('d')).toBe(false);
    expect(v.entities.has('x')).toBe(false);
    expect(v.entities.has('pa')).toBe(false);
  });
});

describe('date filter', () => {
  it('compares whole intervals at their precision', () => {
    // The month 2023-09 overlaps a range ending on its last day.
    let v = visibleElements(g, view({ from: '2023-09-30', to: '2023-09-30', includeUndated: false }));
    expect(sorted(v.relations)).toEqual(['b-c']);
    // A range inside the span 2024-01..2024-03 overlaps it.
    v = visibleElements(g, view({ from: '2024-02', to: '2024-02', includeUndated: false }));
    expect(sorted(v.relations)).toEqual(['c-w']);
    // The year 1994 does not reach 2024.
    v = visibleElements(g, view({ from: '2024', includeUndated: false }));
    expect(sorted(v.relations)).toEqual(['c-w', 'pa-ob']);
  });

  it('open ends', () => {
    const v = visibleElements(g, view({ to: '2023', includeUndated: false }));
    expect(sorted(v.relations)).toEqual(['b-c', 'pa-a']);
  });

  it('undated relations stay unless include-undated is off', () => {
    expect(visibleElements(g, view({ from: '2024-07' })).relations.has('a-b-c')).toBe(true);
    expect(visibleElements(g, view({ from: '2024-07', includeUndated: false })).relations.has('a-b-c')).toBe(false);
    // The toggle works on its own too.
    expect(visibleElements(g, view({ includeUndated: false })).relations.has('a-b-c')).toBe(false);
    expect(hasActiveFilters(view({ includeUndated: false }))).toBe(true);
  });

  it('entities without a visible relation go, countries stay', () => {
    const v = visibleElements(g, view({ from: '2024-07', to: '2024-07', includeUndated: false }));
    expect(sorted(v.relations)).toEqual(['pa-ob']);
    expect(v.entities.has('w')).toBe(false); // bloc: only through c-w, which is out of range
    expect(v.entities.has('d')).toBe(true); // countries always
    expect(v.entities.has('x')).toBe(true); // no relations at all: nothing hides it
    expect(v.entities.has('pa')).toBe(true);
  });
});

describe('kind and status filters', () => {
  it('kinds', () => {
    const v = visibleElements(g, view({ kinds: ['meeting', 'conflict'] }));
    expect(sorted(v.relations)).toEqual(['c-w', 'pa-ob']);
  });
  it('statuses', () => {
    const v = visibleElements(g, view({ statuses: ['forecast', 'intent'] }));
    expect(sorted(v.relations)).toEqual(['a-b-c', 'c-w']);
    expect(v.entities.has('pa')).toBe(false);
  });
  it('a hyperedge is one relation and brings all its participants', () => {
    const v = visibleElements(g, view({ statuses: ['forecast'], countries: ['a'] }));
    expect(sorted(v.relations)).toEqual(['a-b-c']);
    expect(sorted(v.entities)).toEqual(['a', 'b', 'c']);
  });
  it('filters combine with country focus', () => {
    const v = visibleElements(g, view({ countries: ['b'], kinds: ['support'] }));
    expect(sorted(v.relations)).toEqual(['b-c']);
    expect(sorted(v.entities)).toEqual(['b', 'c']); // ob belongs to b but its only relation is a meeting
  });
});

describe('search highlights without hiding', () => {
  it('reports matches, leaves visibility alone', () => {
    const seed = seedGraph();
    const all = visibleElements(seed, view());
    const v = visibleElements(seed, view({ query: 'pyeongyang' }));
    expect([...v.matches]).toEqual(['kp']);
    expect(v.entities.size).toBe(all.entities.size);
  });
});

describe('the seed', () => {
  const seed = seedGraph();
  it('counts everything by default', () => {
    expect(countLine(seed, visibleElements(seed, view()))).toBe(
      `${seed.entities.length} of ${seed.entities.length} entities, ${seed.relations.length} of ${seed.relations.length} relations`,
    );
  });
  it('Ukraine: its invasion and whoever takes part', () => {
    const v = visibleElements(seed, view({ countries: ['ua'] }));
    expect(sorted(v.relations)).toEqual(['ru-invades-ua']);
    expect(sorted(v.entities)).toEqual(['ru', 'ua']);
  });
  it('July 2024 keeps the visit, drops September 2023', () => {
    const v = visibleElements(seed, view({ from: '2024-07', to: '2024-07', includeUndated: false }));
    expect(v.relations.has('ryzhenkov-official-visit-kp')).toBe(true);
    expect(v.relations.has('putin-lukashenko-meeting-2023')).toBe(false);
    expect(v.relations.has('alexander-lukashenko-role-by')).toBe(true); // the span 1994–2024 reaches July 2024
    expect(v.entities.has('vladimir-putin')).toBe(false);
    expect(v.entities.has('ua')).toBe(true);
  });
});

describe('the date filter on day numbers', () => {
  // The fast paths (day numbers computed once per graph, in the filter and the facet counts) must say what the rule on date strings says.
  it('agrees with passesDate for every relation, range and precision', () => {
    const seed = seedGraph();
    const bounds = ['1994', '2014-03', '2022-02-24', '2023', '2023-09', '2023-09-30', '2024-07', '2024-07-23', '2025-01-01', '2030'];
    const ends = [undefined, ...bounds];
    for (const graph of [g, seed])
      for (const from of ends)
        for (const to of ends)
          for (const includeUndated of [true, false]) {
            const range = { from, to, includeUndated };
            const { relations } = filteredElements(graph, { ...range, countries: [], kinds: [], statuses: [] });
            const counted = facetCounts(graph, { ...range, countries: [], kinds: [], statuses: [], query: '' });
            const expected = graph.relations.filter((r) => passesDate(r, range));
            graph.relations.forEach((r) => expect(relations.has(r.id), `${r.id} in ${from}–${to}`).toBe(passesDate(r, range)));
            expect([...counted.kinds.values()].reduce((a, b) => a + b, 0), `facets in ${from}–${to}`).toBe(expected.length);
          }
  });
});

describe('reporting filters', () => {
  const base = graphOf(
    [{ id: 'kp' }, { id: 'ru' }, { id: 'by' }],
    [
      { id: 'said', kind: 'cooperation', participants: ['kp', 'ru'], date: '2023-10' },
      { id: 'denied', kind: 'cooperation', participants: ['ru', 'kp'], status: 'denied', date: '2023-10-17' },
      { id: 'wire', kind: 'meeting', participants: ['kp', 'by'] },
      { id: 'two', kind: 'alliance', participants: ['ru', 'by'] },
    ],
  );
  const articles = [
    { id: 'p1', title: 't', publisher: 'Paper 1', agency: 'Yonhap', url: 'https://example.org/1', published: '2024-07-24', language: 'en' },
    { id: 'p2', title: 't', publisher: 'Paper 2', agency: 'Yonhap', url: 'https://example.org/2', published: '2024-07-24', language: 'en' },
    { id: 'p3', title: 't', publisher: 'Paper 3', url: 'https://example.org/3', published: '2024-07-25', language: 'en' },
  ];
  const ev = (article: string) => ({ article, start: 0, end: 1, quote: 'x' });
  const g2 = {
    ...base,
    articles,
    relations: base.relations.map((r) =>
      r.id === 'wire' ? { ...r, evidence: [ev('p1'), ev('p2')] } : r.id === 'two' ? { ...r, evidence: [ev('p1'), ev('p3')] } : { ...r, evidence: [ev('p3')] },
    ),
  };

  it('keeps only contested claims, both sides', () => {
    expect(sorted(visibleElements(g2, view({ contestedOnly: true })).relations)).toEqual(['denied', 'said']);
  });

  it('counts a wire story republished by two papers as one outlet', () => {
    expect(sorted(visibleElements(g2, view({ minOutlets: 2 })).relations)).toEqual(['two']);
  });

  it('keeps claims a chosen source mentions, and says the view is filtered', () => {
    expect(sorted(visibleElements(g2, view({ sources: ['p2'] })).relations)).toEqual(['wire']);
    expect(hasActiveFilters(view({ sources: ['p2'] }))).toBe(true);
    expect(hasActiveFilters(view({ minOutlets: 1 }))).toBe(false);
  });
});

describe('the indexed country filter', () => {
  // The rule read literally (every relation, every entity), to check the indexed path against.
  function byTheRule(graph: ReturnType<typeof generateGraph>, countries: string[]) {
    const focus = new Set(graph.entities.filter((e) => countries.includes(e.id) || (e.country != null && countries.includes(e.country))).map((e) => e.id));
    const relations = graph.relations.filter((r) => r.participants.some((p) => focus.has(p)));
    const participating = new Set(graph.relations.flatMap((r) => r.participants));
    const entities = new Set([...relations.flatMap((r) => r.participants), ...graph.entities.filter((e) => focus.has(e.id) && (e.kind === 'country' || !participating.has(e.id))).map((e) => e.id)]);
    return { relations: relations.map((r) => r.id), entities: sorted(entities) };
  }

  it('keeps exactly what the rule keeps, relations in data order, for one country and several', () => {
    const graph = generateGraph({ entities: 400, relations: 1200, seed: 11 });
    const countries = graph.entities.filter((e) => e.kind === 'country').map((e) => e.id);
    for (const chosen of [[countries[0]], [countries[3], countries[1]], countries.slice(0, 6)]) {
      const v = visibleElements(graph, view({ countries: chosen }));
      const expected = byTheRule(graph, chosen);
      expect([...v.relations]).toEqual(expected.relations);
      expect(sorted(v.entities)).toEqual(expected.entities);
      expect(expected.relations.length).toBeGreaterThan(0);
    }
  });
});
