import { describe, expect, it } from 'vitest';
import { previewArticle } from './preview';

describe('the draft Add article shows', () => {
  it('lists what the extractor reads, with summaries and quotes, and leaves page furniture out', () => {
    const text = 'Norway and Chile agree ocean plan\n\nNorwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Tuesday.\n\nNorway and Chile signed a plan to expand cooperation on fisheries.\n';
    const p = previewArticle(text, '2025-03-04');
    expect(p.people).toBe(2);
    expect(p.relations.some((r) => r.kind === 'meeting' && r.status === 'reported' && /Espen Barth Eide/.test(r.summary))).toBe(true);
    expect(p.relations.find((r) => r.kind === 'cooperation')?.quote).toMatch(/^Norway and Chile signed/);
    for (const r of p.relations) expect(text).toContain(r.quote);
  });
});
