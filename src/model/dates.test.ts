import { describe, expect, it } from 'vitest';
import { dateInterval, formatDate, isValidDatePoint, overlapsRange, pointInterval, precisionOf } from './dates';

describe('date points keep their precision', () => {
  it('knows real calendar dates', () => {
    expect(isValidDatePoint('2024-02-29')).toBe(true);
    expect(isValidDatePoint('2023-02-29')).toBe(false);
    expect(isValidDatePoint('2024-13')).toBe(false);
    expect(isValidDatePoint('24-07-01')).toBe(false);
    expect(isValidDatePoint('1900-02-29')).toBe(false);
    expect(isValidDatePoint('2000-02-29')).toBe(true);
    expect(isValidDatePoint('2023-04-31')).toBe(false);
    expect(isValidDatePoint('2023-12-31')).toBe(true);
  });
  it('works a point out once and shares the answer, which no caller can change', () => {
    const first = pointInterval('1999-11');
    expect(pointInterval('1999-11')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual({ first: '1999-11-01', last: '1999-11-30' });
    expect(() => pointInterval('1999-02-30')).toThrow('Not a date');
    expect(() => pointInterval('1999-02-30')).toThrow('Not a date');
  });
  it('a month covers the whole month', () => {
    expect(dateInterval('2023-09')).toEqual({ first: '2023-09-01', last: '2023-09-30' });
    expect(dateInterval('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(precisionOf('2023-09')).toBe('month');
  });
  it('a span covers from the first day of its start to the last day of its end', () => {
    expect(dateInterval({ start: '1994', end: '2024-07' })).toEqual({ first: '1994-01-01', last: '2024-07-31' });
  });
  it('overlap uses the whole interval on both sides', () => {
    expect(overlapsRange('2023-09', '2023-09-30', undefined)).toBe(true);
    expect(overlapsRange('2023-09', '2023-10', undefined)).toBe(false);
    expect(overlapsRange('2024-07-23', '2024-07', '2024-07')).toBe(true);
    expect(overlapsRange({ start: '2024-07-23', end: '2024-07-26' }, undefined, '2024-07-22')).toBe(false);
  });
  it('formats no more precisely than the data', () => {
    expect(formatDate('2023-09')).toBe('September 2023');
    expect(formatDate('2024-07-23')).toBe('23 July 2024');
    expect(formatDate({ start: '2024-07-23', end: '2024-07-26' })).toBe('23 July 2024 – 26 July 2024');
  });
});
