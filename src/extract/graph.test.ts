import { describe, expect, it } from 'vitest';
import { summariesNamedAsEntities } from './graph';
import type { Entity, Relation } from '../model/schema';

const kim: Entity = { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong-un', aliases: ['Kim', 'Kim Jong Un', "North Korea's leader"], country: 'kp' };
const russia: Entity = { id: 'ru', kind: 'country', name: 'Russia', aliases: ['Moscow'] };
const relation = (summary: string, origin: Relation['origin']): Relation =>
  ({ id: `r-${origin}`, kind: 'meeting', participants: ['kim-jong-un', 'ru'], directed: false, status: 'reported', summary, evidence: [{ article: 'a', start: 0, end: 3, quote: 'Kim Jong Un' }], origin }) as Relation;

describe('summariesNamedAsEntities', () => {
  it("writes an extracted summary with the node's name, and leaves quotes, single words and curated summaries alone", () => {
    const [extracted, curated] = summariesNamedAsEntities([relation('Kim Jong Un and Russia met.', 'extracted'), relation('Kim Jong Un and Russia met.', 'curated')], [kim, russia]);
    expect(extracted.summary).toBe('Kim Jong-un and Russia met.');
    expect(extracted.evidence[0].quote).toBe('Kim Jong Un');
    expect(curated.summary).toBe('Kim Jong Un and Russia met.');
    expect(summariesNamedAsEntities([relation('Kim met Moscow envoys.', 'extracted')], [kim, russia])[0].summary).toBe('Kim met Moscow envoys.');
  });
});
