import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../model/schema';
import { applyCuration, CurationSchema, parseCuration, type CurationInput } from './curation';

const TEXT = 'Alpha met Beta in Gamma. Alpha and Beta vowed to cooperate.';
const textOf = (id: string) => (id === 'a1' ? TEXT : undefined);
const entities: Entity[] = [
  { id: 'alpha', kind: 'person', name: 'Alpha', aliases: [] },
  { id: 'beta', kind: 'person', name: 'Beta', aliases: [] },
  { id: 'beta-2', kind: 'person', name: 'B. Beta', aliases: ['Mr Beta'] },
];
const rel = (id: string, start: number, end: number, participants = ['alpha', 'beta']): Relation => ({
  id,
  kind: 'meeting',
  participants,
  directed: false,
  status: 'reported',
  summary: 'x',
  evidence: [{ article: 'a1', start, end, quote: TEXT.slice(start, end) }],
  origin: 'extracted',
  confidence: 0.8,
});
const extracted = { entities, relations: [rel('m1', 0, 23), rel('c1', 25, 58, ['alpha', 'beta-2'])] };
const run = (c: CurationInput) => applyCuration('data/curation.json', CurationSchema.parse(c), extracted, textOf);

describe('curation on top of extraction', () => {
  it('rejects a relation and edits another, marking the edit as curated', () => {
    const out = run({ version: 1, relations: [{ match: 'm1', action: 'reject', reason: 'caption' }, { match: 'c1', action: 'edit', set: { kind: 'cooperation', status: 'intent', date: '2024-07' } }] });
    expect(out.relations.map((r) => r.id)).toEqual(['c1']);
    expect(out.relations[0]).toMatchObject({ kind: 'cooperation', status: 'intent', date: '2024-07', origin: 'curated' });
    expect(out.relations[0].confidence).toBeUndefined();
    expect(out.report.unmatched).toEqual([]);
  });

  it('sets an acting side of several, and drops one that no longer fits the participants', () => {
    const three = { entities, relations: [{ ...rel('c1', 25, 58, ['alpha', 'beta', 'beta-2']), kind: 'support' as const, directed: true }] };
    const apply = (set: object) => applyCuration('data/curation.json', CurationSchema.parse({ version: 1, relations: [{ match: 'c1', action: 'edit', set }] }), three, textOf).relations[0];
    expect(apply({ actors: 2 }).actors).toBe(2);
    expect(apply({ actors: 3 }).actors).toBeUndefined();
    expect(apply({ actors: 2, directed: false }).actors).toBeUndefined();
  });

  it('pins a readable id without marking the relation as edited, and refuses an id already in use', () => {
    const out = run({ version: 1, relations: [{ match: 'm1', action: 'edit', set: { id: 'alpha-meets-beta' } }] });
    expect(out.relations[0]).toMatchObject({ id: 'alpha-meets-beta', origin: 'extracted', confidence: 0.8 });
    const clash = run({ version: 1, relations: [{ match: 'm1', action: 'edit', set: { id: 'c1' } }] });
    expect(clash.report.problems[0]).toMatchObject({ path: 'relations[0].set.id' });
  });

  it('merges entities and re-points their relations', () => {
    const out = run({ version: 1, entities: [{ id: 'beta', merge: ['beta-2'], addAliases: ['Bee'] }] });
    expect(out.entities.map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(out.entities[1].aliases).toEqual(['B. Beta', 'Bee', 'Mr Beta']);
    expect(out.relations.find((r) => r.id === 'c1')!.participants).toEqual(['alpha', 'beta']);
  });

  it('adds a relation by hand only when its quote matches the text', () => {
    const good = run({ version: 1, add: [{ id: 'hand', kind: 'cooperation', participants: ['alpha', 'beta'], directed: false, status: 'intent', summary: 's', evidence: [{ article: 'a1', start: 25, end: 58, quote: TEXT.slice(25, 58) }] }] });
    expect(good.relations.find((r) => r.id === 'hand')?.origin).toBe('manual');
    const bad = run({ version: 1, add: [{ id: 'hand', kind: 'cooperation', participants: ['alpha', 'beta'], directed: false, status: 'intent', summary: 's', evidence: [{ article: 'a1', start: 25, end: 58, quote: 'not what the text says' }] }] });
    expect(bad.report.problems[0]).toMatchObject({ file: 'data/curation.json', path: 'add[0].evidence[0].quote' });
  });

  it('reports entries that no longer match instead of dropping them silently', () => {
    const out = run({ version: 1, relations: [{ match: 'gone', action: 'reject' }, { match: 'm1', quote: 'an old quote', action: 'reject' }], entities: [{ id: 'nobody', addAliases: ['x'] }] });
    expect(out.report.unmatched).toHaveLength(3);
    expect(out.report.unmatched[0]).toContain('relations[0]');
    expect(out.relations).toHaveLength(2);
  });

  it('names the file and field of a malformed curation file', () => {
    const { problems } = parseCuration('data/curation.json', { version: 1, relations: [{ match: 'm1', action: 'delete' }] });
    expect(problems[0]).toMatchObject({ file: 'data/curation.json', path: 'relations[0].action' });
  });
});

describe('entities a curator confirms or removes', () => {
  it('takes the doubt away from a confirmed entity, and removes one that is no entity with the relations read from it', () => {
    const unsure = { entities: [...entities.map((e) => (e.id === 'beta' ? { ...e, confidence: 0.6 } : e))], relations: extracted.relations };
    const apply = (c: object) => applyCuration('data/curation.json', CurationSchema.parse(c), unsure, textOf);
    expect(apply({ version: 1, entities: [{ id: 'beta', confirmed: true }] }).entities.find((e) => e.id === 'beta')?.confidence).toBeUndefined();
    const out = apply({ version: 1, entities: [{ id: 'beta', remove: true }] });
    expect(out.entities.map((e) => e.id)).toEqual(['alpha', 'beta-2']);
    expect(out.relations.map((r) => r.id)).toEqual(['c1']);
    expect(out.report.applied).toEqual(['removed beta (not an entity) and the 1 relation read from it']);
  });
});
