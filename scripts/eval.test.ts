import { describe, expect, it } from 'vitest';
import { prf } from '../src/extract/evaluate';
import { evaluateCorpus, TARGETS } from './eval';

describe('extraction quality on the gold corpus (raw extraction, no curation)', () => {
  const r = evaluateCorpus();
  it('covers the seed and the dev corpus', () => {
    expect(r.seed.articles.map((a) => a.article)).toEqual(['nk-belarus-2024-07-24']);
    expect(r.dev.articles.length).toBeGreaterThanOrEqual(4);
  });
  it('meets the targets', () => {
    expect(prf(r.seed.relations).f1).toBeGreaterThanOrEqual(TARGETS.seedRelationF1);
    expect(prf(r.seed.entities).f1).toBeGreaterThanOrEqual(TARGETS.seedEntityF1);
    expect(prf(r.dev.relations).f1).toBeGreaterThanOrEqual(TARGETS.devRelationF1);
  });
});
