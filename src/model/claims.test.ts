import { describe, expect, it } from 'vitest';
import type { Relation } from './schema';
import { advanceContested, anyCorroborated, claimSupport, contestedOf, contestedPairs, contestedPairsInSteps, outletCounts } from './claims';

const articles = [
  { id: 'a', publisher: 'The Korea Times', agency: 'Yonhap', published: '2024-07-24' },
  { id: 'b', publisher: 'The Korea Herald', agency: 'Yonhap', published: '2024-07-25' },
  { id: 'c', publisher: 'NK News', published: '2024-07-23' },
];
const byId = new Map(articles.map((a) => [a.id, a]));
const rel = (id: string, status: Relation['status'], arts: string[], over: Partial<Relation> = {}): Relation => ({
  id,
  kind: 'cooperation',
  participants: ['kp', 'ru'],
  directed: false,
  status,
  summary: 's',
  evidence: arts.map((article, i) => ({ article, start: i, end: i + 1, quote: 'x' })),
  origin: 'extracted',
  ...over,
});

describe('claimSupport', () => {
  it('counts a wire story republished by two papers once, by its agency', () => {
    const s = claimSupport(rel('r', 'reported', ['a', 'b', 'b', 'c']), byId);
    expect(s).toEqual({ mentions: 4, articles: 3, outlets: ['NK News', 'Yonhap'], firstReported: '2024-07-23', lastReported: '2024-07-25' });
    // One outlet is what a relation missing from the map has.
    const counts = outletCounts([rel('r', 'reported', ['a', 'b']), rel('q', 'reported', ['a', 'b', 'c']), rel('s', 'reported', ['c'])], articles);
    expect([...counts]).toEqual([['q', 2]]);
  });

  it('tells whether any claim has two independent outlets (the legend asks), as the counts would', () => {
    const oneOutlet = [rel('r1', 'reported', ['a', 'b']), rel('r2', 'reported', ['c'])];
    const twoOutlets = [...oneOutlet, rel('r3', 'reported', ['a', 'c'])];
    for (const relations of [oneOutlet, twoOutlets]) {
      expect(anyCorroborated(relations, articles)).toBe([...outletCounts(relations, articles).values()].some((n) => n >= 2));
    }
    expect(anyCorroborated(twoOutlets, articles)).toBe(true);
  });
});

describe('contestedPairs', () => {
  it('links what one side reports and the other denies, on overlapping dates only', () => {
    const said = rel('said', 'reported', ['a'], { date: '2023-10' });
    const denied = rel('denied', 'denied', ['c'], { date: '2023-10-17', participants: ['ru', 'kp'] });
    const later = rel('later', 'intent', ['b'], { date: '2024-07' });
    const forecast = rel('forecast', 'forecast', ['b']);
    const pairs = contestedPairs([said, denied, later, forecast]);
    expect(pairs.get('said')).toEqual(['denied']);
    expect(pairs.get('denied')).toEqual(['said']);
    expect(pairs.has('later')).toBe(false);
    expect(pairs.has('forecast')).toBe(false);
  });
});

describe('contested claims in steps', () => {
  const statuses = ['reported', 'denied', 'intent', 'forecast'] as const;
  const many = Array.from({ length: 400 }, (_, i) => ({
    id: `r${i}`,
    kind: i % 3 ? 'meeting' : 'support',
    participants: i % 2 ? [`p${i % 5}`, `p${(i + 1) % 5}`] : [`p${(i + 1) % 5}`, `p${i % 5}`],
    status: statuses[i % 4],
    date: i % 7 ? `20${10 + (i % 5)}` : undefined,
  })) as unknown as Relation[];

  it('pauses every slice and ends with the same pairs as in one piece', () => {
    const whole = contestedPairs(many);
    expect(whole.size).toBeGreaterThan(10);
    const steps = contestedPairsInSteps(many, 25);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(step.value).toEqual(whole);
  });

  it('idle steps and an early call share the work: contestedOf finishes what advanceContested began', () => {
    const list = [...many];
    expect(advanceContested(list, 25)).toBe(true);
    const pairs = contestedOf(list);
    expect(pairs).toEqual(contestedPairs(many));
    expect(advanceContested(list)).toBe(false);
    expect(contestedOf(list)).toBe(pairs);
  });
});
