/**
 * The reader's text in pieces: where the page's furniture, repeated paragraphs and photo
 * captions lie (the extractor's reading of the page, src/extract/text.ts), and where the quote
 * lies, so the dialog can grey the first and mark the second without changing a character:
 * the pieces, joined, are the article text exactly.
 */
import type { Span, Zone } from '../extract/text';

/** Paragraph zones the reader sets apart from the story, with the words it labels them by. */
export const SET_APART: Partial<Record<Zone, string>> = {
  furniture: 'page furniture',
  duplicate: 'repeated',
  caption: 'photo caption',
};

export interface Segment extends Span {
  /** Set for a piece of a paragraph the reader sets apart. */
  apart?: string;
  quote: boolean;
}

export function readerSegments(text: string, quote: Span, paragraphs: ReadonlyArray<Span & { zone: Zone }>): Segment[] {
  const apart = paragraphs.filter((p) => SET_APART[p.zone]);
  const cuts = new Set([0, text.length, quote.start, quote.end, ...apart.flatMap((p) => [p.start, p.end])]);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (end <= start) continue;
    const zone = apart.find((p) => p.start <= start && end <= p.end)?.zone;
    segments.push({ start, end, quote: quote.start <= start && end <= quote.end, ...(zone ? { apart: SET_APART[zone] } : {}) });
  }
  return segments;
}
