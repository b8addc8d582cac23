import { describe, expect, it } from 'vitest';
import { graphOf } from '../test/fixtures';
import { aggregateLinks, homeBox, homesOf, linkWeight, overviewEntities } from './overview';

// Two countries with people, a bloc, a body of no country; relations of every shape.
const g = graphOf(
  [
    { id: 'ru' },
    { id: 'cn' },
    { id: 'kp' },
    { id: 'brics', kind: 'bloc' },
    { id: 'un', kind: 'organization' },
    { id: 'putin', kind: 'person', country: 'ru' },
    { id: 'lavrov', kind: 'person', country: 'ru' },
    { id: 'xi', kind: 'person', country: 'cn' },
    { id: 'ghost', kind: 'person', country: 'zz' },
  ],
  [
    { id: 'r1', participants: ['putin', 'xi'] },
    { id: 'r2', participants: ['ru', 'cn'] },
    { id: 'r3', participants: ['lavrov', 'cn'] },
    { id: 'r4', participants: ['putin', 'lavrov'] },
    { id: 'r5', participants: ['ru', 'cn', 'kp'] },
    { id: 'r6', participants: ['un', 'xi'] },
    { id: 'r7', participants: ['brics', 'ghost'] },
  ],
);
const homes = homesOf(g);
const all = { entities: new Set(g.entities.map((e) => e.id)), relations: new Set(g.relations.map((r) => r.id)), matches: new Set<string>() };

describe('the overview', () => {
  it('folds people into their country; countries, blocs, bodies and people of an unknown country stand for themselves', () => {
    expect(homes.get('putin')).toBe('ru');
    expect(homes.get('xi')).toBe('cn');
    expect(homes.get('un')).toBe('un');
    expect(homes.get('brics')).toBe('brics');
    expect(homes.get('ghost')).toBe('ghost');
    expect(overviewEntities(homes).sort()).toEqual(['brics', 'cn', 'ghost', 'kp', 'ru', 'un']);
  });

  it('counts each visible relation once per pair of homes it joins, none inside one home', () => {
    const { shown, total } = aggregateLinks(g, homes, all, 10);
    const counts = Object.fromEntries(shown.map((l) => [l.id, l.count]));
    // r1, r2, r3 and the three-way r5 between Russia and China; r4 stays inside Russia.
    expect(counts).toEqual({ 'l:cn|ru': 4, 'l:cn|kp': 1, 'l:kp|ru': 1, 'l:cn|un': 1, 'l:brics|ghost': 1 });
    expect(total).toBe(5);
    expect(shown[0]).toMatchObject({ id: 'l:cn|ru', source: 'cn', target: 'ru' });
  });

  it('colours a link by the kind most of its relations are', () => {
    const kinds = graphOf(
      [{ id: 'ru' }, { id: 'cn' }, { id: 'putin', kind: 'person', country: 'ru' }],
      [
        { id: 'a', participants: ['putin', 'cn'], kind: 'meeting' },
        { id: 'b', participants: ['ru', 'cn'], kind: 'conflict' },
        { id: 'c', participants: ['cn', 'ru'], kind: 'conflict' },
      ],
    );
    const every = { entities: new Set(['ru', 'cn', 'putin']), relations: new Set(['a', 'b', 'c']), matches: new Set<string>() };
    expect(aggregateLinks(kinds, homesOf(kinds), every, 10).shown[0]).toMatchObject({ count: 3, kind: 'conflict' });
    // Filtered to the meeting alone, the same pair is a meeting link.
    const meetingOnly = { ...every, relations: new Set(['a']) };
    expect(aggregateLinks(kinds, homesOf(kinds), meetingOnly, 10).shown[0]).toMatchObject({ count: 1, kind: 'meeting' });
  });

  it('follows the filters and keeps only the strongest links, ties by id', () => {
    const some = { ...all, relations: new Set(['r1', 'r6', 'r7']) };
    const { shown, total } = aggregateLinks(g, homes, some, 2);
    expect(total).toBe(3);
    expect(shown.map((l) => l.id)).toEqual(['l:brics|ghost', 'l:cn|ru']);
  });

  it('weighs links on a log scale from 0 (one relation) to 1 (the top of the scale: the busiest count rounded up to a power of two)', () => {
    expect(linkWeight(1, 100)).toBe(0);
    expect(linkWeight(128, 128)).toBe(1);
    expect(linkWeight(40, 40)).toBe(0.875);
    expect(linkWeight(8, 64)).toBeCloseTo(0.5);
    expect(linkWeight(1, 1)).toBe(0);
    expect(linkWeight(2, 2)).toBe(1);
  });

  it('keeps the scale while the busiest count moves within a power of two, so a brush step reweighs only links whose own count moved a step', () => {
    const counts = [3, 7, 12, 20, 33, 50, 75, 90];
    const before = counts.map((c) => linkWeight(c, 70));
    expect(counts.map((c) => linkWeight(c, 120))).toEqual(before);
  });

  it('weighs in steps of 1/8, so a small change of counts (a brush step) leaves most weights, and their styles, as they were', () => {
    for (let count = 1; count <= 200; count++) expect((linkWeight(count, 200) * 8) % 1).toBe(0);
    const before = [20, 40, 60, 80, 100, 120, 140, 160].map((c) => linkWeight(c, 200));
    const after = [21, 41, 62, 82, 103, 122, 143, 163].map((c) => linkWeight(c, 206));
    expect(before.filter((w, i) => w === after[i]).length).toBeGreaterThanOrEqual(6);
  });
});

describe('homeBox', () => {
  it('spans the positions of a home and the entities it stands for, and nothing else', () => {
    const positions = { 'e:ru': { x: 0, y: 0 }, 'e:putin': { x: -50, y: 20 }, 'e:lavrov': { x: 30, y: -40 }, 'e:cn': { x: 900, y: 900 } };
    expect(homeBox(homes, positions, 'ru')).toEqual({ x1: -50, y1: -40, x2: 30, y2: 20 });
    expect(homeBox(homes, positions, 'kp')).toBeUndefined();
  });
});
