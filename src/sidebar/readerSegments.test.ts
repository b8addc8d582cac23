import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../extract/text';
import { readerSegments } from './readerSegments';

/** A page written for this test: headline, lead, a photo caption, body, the caption again, furniture. */
const TEXT = [
  'Chile and Norway sign fisheries plan',
  'OSLO, March 4 -- Norway and Chile signed a plan to expand cooperation on fisheries, the ministry said.',
  'In this photo provided by the ministry, the two ministers shake hands in Oslo on March 4.',
  'The plan builds on a 2019 memorandum between their research institutes.',
  'In this photo provided by the ministry, the two ministers shake hands in Oslo on March 4.',
  'Top 10 Stories',
].join('\n\n');

describe('readerSegments', () => {
  const quoteStart = TEXT.indexOf('Norway and Chile signed');
  const quote = { start: quoteStart, end: TEXT.indexOf(', the ministry said.') };
  const segments = readerSegments(TEXT, quote, classifyParagraphs(TEXT));

  it('joins back into the article text exactly', () => {
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
  });

  it('marks the quote and nothing else', () => {
    expect(segments.filter((s) => s.quote).map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT.slice(quote.start, quote.end));
  });

  it('sets apart the caption, its repetition and the page furniture, and leaves the story', () => {
    const apart = segments.filter((s) => s.apart).map((s) => [s.apart, TEXT.slice(s.start, s.end)]);
    expect(apart).toEqual([
      ['photo caption', 'In this photo provided by the ministry, the two ministers shake hands in Oslo on March 4.'],
      ['repeated', 'In this photo provided by the ministry, the two ministers shake hands in Oslo on March 4.'],
      ['page furniture', 'Top 10 Stories'],
    ]);
  });
});
