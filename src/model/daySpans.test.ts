import { describe, expect, it } from 'vitest';
import { dateInterval, type DateLike } from './dates';
import { dayNumber, spansOf, UNDATED } from './daySpans';
import type { Relation } from './schema';

const relation = (date: DateLike | undefined): Relation =>
  ({ id: `r${String(date)}`, kind: 'meeting', status: 'reported', participants: ['a', 'b'], evidence: [], ...(date === undefined ? {} : { date }) }) as unknown as Relation;

/** Every kind of point the schema allows, around the edges that break date arithmetic. */
const POINTS = ['0001', '0099', '0100', '1600', '1700-02', '1900-02', '1961', '1969-12-31', '1970-01-01', '2000-02', '2000-02-29', '2023-02', '2024-02', '2024-02-29', '2024-12', '2024-12-31', '9999-12-31'];

describe('spansOf', () => {
  it("gives each date's first and last day as dateInterval and dayNumber would", () => {
    const dates: DateLike[] = [...POINTS, { start: '1999', end: '2000-02' }, { start: '2024-02-29', end: '2024-03' }, { start: '0050-06', end: '0100-01-01' }];
    const spans = spansOf(dates.map(relation));
    dates.forEach((date, i) => {
      const { first, last } = dateInterval(date);
      expect([spans.first[i], spans.last[i]], JSON.stringify(date)).toEqual([dayNumber(first), dayNumber(last)]);
    });
    expect(spans.bounds).toEqual({ first: dayNumber('0001-01-01'), last: dayNumber('9999-12-31') });
  });

  it('marks undated relations, and has no bounds when none is dated', () => {
    const spans = spansOf([relation(undefined)]);
    expect([spans.first[0], spans.last[0], spans.bounds]).toEqual([UNDATED, UNDATED, undefined]);
  });

  it('leaves a point outside the schema to the date reader, which names it', () => {
    expect(() => spansOf([relation('2024-13')])).toThrow(/Not a date: 2024-13/);
  });
});
