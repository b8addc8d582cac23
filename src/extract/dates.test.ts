import { describe, expect, it } from 'vitest';
import { combineDates, findDates, yearForStatus } from './dates';

const at = (text: string, published: string) => findDates(text, 0, published).map((h) => [h.text, h.value, h.role]);

describe('dates relative to the publication date, keeping precision', () => {
  // 2024-07-24 is a Wednesday.
  it('resolves weekdays to the most recent one, or the next one when the words look ahead', () => {
    expect(at('hosted the banquet Tuesday night upon', '2024-07-24')).toEqual([['Tuesday night', '2024-07-23', 'point']]);
    expect(at('state media said Wednesday', '2024-07-24')).toEqual([['Wednesday', '2024-07-24', 'point']]);
    expect(at('will be in Pyongyang until Friday.', '2024-07-24')).toEqual([['Friday', '2024-07-26', 'until']]);
  });
  it('keeps months as months and years as years', () => {
    expect(at('met Putin last September, then', '2024-07-24')).toEqual([['last September', '2023-09', 'point']]);
    expect(at('Last month the leaders signed', '2024-07-24')).toEqual([['Last month', '2024-06', 'point']]);
    expect(at('Moscow last year moved', '2024-07-24')).toEqual([['last year', '2023', 'point']]);
    expect(at('accepted the invitation in September', '2023-10-20')).toEqual([['September', '2023-09', 'point']]);
    expect(at('would meet next month', '2023-10-20')).toEqual([['next month', '2023-11', 'point']]);  });
  it('reads a month or day the words plan, schedule or set for as the next one', () => {
    expect(at('A second round is planned for September in Pyongyang.', '2024-10-20')).toEqual([['September', '2025-09', 'point']]);
    expect(at('The fourth round is set for Honiara on June 8.', '2026-07-01')).toEqual([['June 8', '2027-06-08', 'point']]);
    expect(at('The minister is due in Minsk in March.', '2024-07-24')).toEqual([['March', '2025-03', 'point']]);
  });
  it('reads explicit days and infers the year from the publication date', () => {
    expect(at('in Pyeongyang, July 22, in this photo', '2024-07-24')).toEqual([['July 22', '2024-07-22', 'point']]);
    expect(at('met on Wednesday, September 13, at', '2023-09-17')).toEqual([['Wednesday, September 13', '2023-09-13', 'point']]);
  });
  it('ignores durations', () => {
    expect(at('led by an authoritarian president for 30 years', '2024-07-24')).toEqual([]);
  });
  it('combines a start and an "until" into a span', () => {
    const hits = findDates('arrived Tuesday and stays until Friday', 0, '2024-07-24');
    expect(combineDates(hits).date).toEqual({ start: '2024-07-23', end: '2024-07-26' });
    expect(combineDates(findDates('stays until Friday', 0, '2024-07-24'), '2024-07-23').date).toEqual({ start: '2024-07-23', end: '2024-07-26' });
  });
});

describe('a superlative measured since a date', () => {
  it('"its first census since 2008", "the largest protest since March" give no date; "has fought since 2015" does', () => {
    expect(findDates('Belarus will help the North run its first population census since 2008.', 0, '2025-06-01')).toEqual([]);
    expect(findDates('It was the largest protest since March, officials said.', 0, '2025-06-01')).toEqual([]);
    expect(findDates('The coalition has fought the Houthis since 2015.', 0, '2025-06-01').map((h) => h.value)).toEqual(['2015']);
  });
});

describe('the year of a month written without one, by what the relation is', () => {
  const value = (text: string, status: string, published: string) => yearForStatus(findDates(text, 0, published), status, published).map((h) => h.value);
  it('an act to come in a month already past at publication is next year\'s', () => {
    expect(value('Nyssanbayev invited Babayev to Aktau in October.', 'proposed', '2024-11-20')).toEqual(['2025-10']);
    expect(value('Nyssanbayev invited Babayev to Aktau in October.', 'reported', '2024-11-20')).toEqual(['2024-10']);
    expect(value('The two ministers were to meet again in Aktau in October 2024.', 'intent', '2024-11-20')).toEqual(['2024-10']);
  });
  it('not after a verb in the past: "who accepted Kim\'s invitation in September" is the acceptance\'s month', () => {
    expect(value("a visit by Putin, who accepted Kim's invitation in September.", 'intent', '2023-10-20')).toEqual(['2023-09']);
  });
});
