import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/schema';
import { binEdges, binLabel, binOf, chooseUnit, dayNumber, dayString, focusSpan, histogram, KINDS, spansOf } from './bins';
import { UNDATED } from '../model/daySpans';
import { RELATION_KINDS } from '../model/vocabulary';

const rel = (id: string, date: Relation['date'], kind: Relation['kind'] = 'meeting'): Relation => ({
  id,
  kind,
  participants: ['a', 'b'],
  directed: false,
  status: 'reported',
  summary: 's',
  evidence: [{ article: 'x', start: 0, end: 1, quote: 'q' }],
  origin: 'extracted',
  ...(date ? { date } : {}),
});
const all = () => true;
const meeting = RELATION_KINDS.indexOf('meeting');
const total = (h: ReturnType<typeof histogram>, bin: number) => Array.from(h.counts.slice(bin * KINDS, bin * KINDS + KINDS)).reduce((a, b) => a + b, 0);

describe('day numbers', () => {
  it('count back before 1970 and keep early years as written; the undated mark is none of them', () => {
    expect(dayString(dayNumber('1961-07-11'))).toBe('1961-07-11');
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayString(dayNumber('0050-03-01'))).toBe('0050-03-01');
    const spans = spansOf([{ date: '1961' }, {}] as unknown as Relation[]);
    expect(spans.first[0]).toBe(dayNumber('1961-01-01'));
    expect(spans.first[1]).toBe(UNDATED);
    expect(spans.bounds).toEqual({ first: dayNumber('1961-01-01'), last: dayNumber('1961-12-31') });
  });
});

describe('bins', () => {
  it('adapt to the span: days for weeks, months for years, years for decades', () => {
    expect(chooseUnit(dayNumber('2024-07-01'), dayNumber('2024-07-31'))).toBe('day');
    expect(chooseUnit(dayNumber('2022-04-01'), dayNumber('2024-07-31'))).toBe('month');
    expect(chooseUnit(dayNumber('1994-01-01'), dayNumber('2024-12-31'))).toBe('year');
    const edges = binEdges(dayNumber('2023-11-15'), dayNumber('2024-02-03'), 'month');
    expect(edges.map((e) => binLabel(e, 'month'))).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
    expect(binOf(edges, dayNumber('2024-01-31'))).toBe(2);
  });

  it('count a month-precise event in every day of its month and a span in its whole span ("active during")', () => {
    const relations = [rel('m', '2024-07'), rel('d', '2024-07-10'), rel('s', { start: '2024-07-09', end: '2024-07-11' }, 'cooperation'), rel('u', undefined)];
    const spans = spansOf(relations);
    const h = histogram(spans, dayNumber('2024-07-01'), dayNumber('2024-07-31'), all);
    expect(h.unit).toBe('day');
    expect(h.edges.length - 1).toBe(31);
    expect(total(h, 0)).toBe(1); // 1 July: only the month
    expect(total(h, 9)).toBe(3); // 10 July: month, day and span
    expect(h.counts[9 * KINDS + meeting]).toBe(2);
    expect(total(h, 11)).toBe(1); // 12 July: the span ended the day before
    expect(h.max).toBe(3);
    expect(h.undated).toBe(1);
    expect(h.dated).toBe(3);
  });

  it('count a relation once per bin even when it covers several days of one month, and respect the filter', () => {
    const relations = [rel('s', { start: '2024-07-09', end: '2024-08-02' }), rel('y', '2024', 'conflict')];
    const h = histogram(spansOf(relations), dayNumber('2024-01-01'), dayNumber('2024-12-31'), (i) => i === 0, 'month');
    expect(Array.from({ length: 12 }, (_, b) => total(h, b))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    const both = histogram(spansOf(relations), dayNumber('2024-01-01'), dayNumber('2024-12-31'), all, 'month');
    expect(total(both, 0)).toBe(1);
    expect(both.max).toBe(2);
  });
});

describe('focusSpan', () => {
  it('leaves out a few stray dates decades away, and keeps the whole span when dates are spread', () => {
    const dense = Array.from({ length: 60 }, (_, i) => rel(`r${i}`, `2023-${String((i % 12) + 1).padStart(2, '0')}`));
    const spans = spansOf([...dense, rel('old', '1994'), rel('target', '2030')]);
    const focus = focusSpan(spans)!;
    expect([focus.first, focus.last]).toEqual([dayNumber('2023-01-01'), dayNumber('2023-12-31')]);
    const spread = spansOf([rel('a', '1994'), rel('b', '2010'), rel('c', '2030')]);
    expect(focusSpan(spread)).toEqual(spread.bounds);
  });
});
