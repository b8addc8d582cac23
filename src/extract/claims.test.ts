import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/schema';
import { claimKey, datesCompatible, mergeClaims } from './claims';

const articles = [
  { id: 'wire-a', published: '2023-08-19' },
  { id: 'paper-b', published: '2023-08-21' },
  { id: 'paper-c', published: '2023-08-20' },
];

let n = 0;
const mention = (article: string, over: Partial<Relation> = {}): Relation => {
  n += 1;
  return {
    id: `m${n}`,
    kind: 'meeting',
    participants: ['biden', 'kishida', 'yoon'],
    directed: false,
    status: 'reported',
    summary: 'They met.',
    evidence: [{ article, start: n * 10, end: n * 10 + 5, quote: `q${n}` }],
    origin: 'extracted',
    confidence: 0.7,
    ...over,
  };
};

describe('mergeClaims', () => {
  it('makes the same claim in two articles one relation with every mention, earliest first', () => {
    const a = mention('paper-b', { date: '2023-08', participants: ['yoon', 'biden', 'kishida'] });
    const b = mention('wire-a', { date: '2023-08-18', dateText: 'Friday' });
    const { relations, report } = mergeClaims([a, b], articles);
    expect(relations).toHaveLength(1);
    expect(relations[0].id).toBe(b.id);
    expect(relations[0].evidence.map((e) => e.article)).toEqual(['wire-a', 'paper-b']);
    expect(relations[0].date).toBe('2023-08-18');
    expect(relations[0].dateText).toBe('Friday');
    expect(relations[0].notes?.join(' ')).toMatch(/18 August 2023, August 2023/);
    expect(report.merged).toEqual([{ id: b.id, from: [a.id] }]);
  });

  it('keeps a different status apart: a denial is not the claim it denies', () => {
    const a = mention('wire-a');
    const b = mention('paper-b', { status: 'denied' });
    expect(mergeClaims([a, b], articles).relations).toHaveLength(2);
  });

  it('keeps incompatible dates apart and puts an undated mention with the only dated claim', () => {
    const july = mention('wire-a', { date: '2023-07-26' });
    const sept = mention('paper-b', { date: '2023-09-16' });
    const undated = mention('paper-c');
    const two = mergeClaims([july, sept, undated], articles).relations;
    // Two dated claims make the undated mention ambiguous: it stays apart.
    expect(two.map((r) => r.evidence.length)).toEqual([1, 1, 1]);
    const one = mergeClaims([july, undated], articles).relations;
    expect(one).toHaveLength(1);
    expect(one[0].evidence).toHaveLength(2);
    expect(one[0].date).toBe('2023-07-26');
  });

  it('merges a wire story republished by two papers into one claim with both mentions', () => {
    const a = mention('paper-b', { kind: 'cooperation', status: 'forecast', participants: ['by', 'kp', 'ru'] });
    const b = mention('paper-c', { kind: 'cooperation', status: 'forecast', participants: ['ru', 'by', 'kp'] });
    const c = mention('paper-c', { kind: 'cooperation', status: 'forecast', participants: ['kp', 'ru', 'by'], date: '2024-07-24' });
    const { relations } = mergeClaims([a, b, c], articles);
    expect(relations).toHaveLength(1);
    expect(relations[0].evidence.map((e) => e.article)).toEqual(['paper-c', 'paper-c', 'paper-b']);
  });

  it('respects direction for directed kinds', () => {
    const a = mention('wire-a', { kind: 'support', directed: true, participants: ['kp', 'ru'] });
    const b = mention('paper-b', { kind: 'support', directed: true, participants: ['ru', 'kp'] });
    expect(claimKey(a)).not.toBe(claimKey(b));
    expect(mergeClaims([a, b], articles).relations).toHaveLength(2);
  });

  it('keeps an acting side of two apart from one actor acting on two', () => {
    const together = mention('wire-a', { kind: 'support', directed: true, participants: ['eg', 'tr', 'so'], actors: 2 });
    const again = mention('paper-b', { kind: 'support', directed: true, participants: ['tr', 'eg', 'so'], actors: 2 });
    const alone = mention('paper-c', { kind: 'support', directed: true, participants: ['eg', 'tr', 'so'] });
    expect(claimKey(together)).toBe(claimKey(again));
    expect(claimKey(together)).not.toBe(claimKey(alone));
  });

  it('follows a curator: keepApart splits, together merges, unknown ids are reported', () => {
    const a = mention('wire-a');
    const b = mention('paper-b');
    const c = mention('paper-c', { status: 'intent' });
    const split = mergeClaims([a, b], articles, { keepApart: [b.id, 'gone'] });
    expect(split.relations).toHaveLength(2);
    expect(split.report.unmatched).toEqual(['gone']);
    const joined = mergeClaims([a, b, c], articles, { together: [[c.id, a.id]], keepApart: [b.id] });
    expect(joined.relations.map((r) => r.evidence.length)).toEqual([2, 1]);
  });

  it('is deterministic whatever the input order', () => {
    const list = [mention('paper-b', { date: '2023-08' }), mention('wire-a'), mention('paper-c', { date: '2023-08-18' })];
    const one = mergeClaims(list, articles).relations;
    const two = mergeClaims([...list].reverse(), articles).relations;
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('datesCompatible', () => {
  it('is "active during": a day within a month or span, never two different days', () => {
    expect(datesCompatible('2023-08', '2023-08-18')).toBe(true);
    expect(datesCompatible({ start: '2024-07-23', end: '2024-07-26' }, '2024-07-24')).toBe(true);
    expect(datesCompatible('2023-08-18', '2023-08-19')).toBe(false);
    expect(datesCompatible(undefined, '2023')).toBe(true);
  });
});

describe('mergeClaims and curated ids', () => {
  it("keeps a curated mention's id, the one links were given", () => {
    const early = mention('wire-a');
    const curated = mention('paper-b', { id: 'biden-kishida-yoon-meet', origin: 'curated' });
    const { relations } = mergeClaims([early, curated], articles);
    expect(relations[0].id).toBe('biden-kishida-yoon-meet');
    expect(relations[0].evidence.map((e) => e.article)).toEqual(['wire-a', 'paper-b']);
    expect(relations[0].origin).toBe('curated');
  });
});
