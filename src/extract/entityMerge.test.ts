import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../model/schema';
import { nameKey, resolveEntities } from './entityMerge';

const person = (id: string, name: string, country: string | null = null, aliases: string[] = []): Entity => ({ id, kind: 'person', name, aliases, country });
const meet = (id: string, participants: string[], speaker?: string): Relation => ({
  id,
  kind: 'meeting',
  participants,
  directed: false,
  status: 'reported',
  summary: 'x',
  evidence: [{ article: 'a', start: 0, end: 1, quote: 'x', ...(speaker ? { speaker } : {}) }],
  origin: 'extracted',
});

describe('nameKey', () => {
  it('sets aside hyphens, spaces, case, accents and leading titles', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('Choe Son-hui')).toBe(nameKey('CHOE Son Hui'));
    expect(nameKey('Captain Ibrahim Traoré')).toBe(nameKey('Ibrahim Traore'));
    expect(nameKey('Kim Jong Un')).not.toBe(nameKey('Kim Jong Gyu'));
  });
});

describe('resolveEntities', () => {
  it('merges spellings of one person, re-pointing relations and speakers, keeping every form as an alias', () => {
    const entities = [person('choe-son-hui', 'Choe Son Hui', 'kp'), person('choe-son-hui-2', 'Choe Son-hui', null, ['Choe']), person('lavrov', 'Sergei Lavrov', 'ru')];
    const relations = [meet('r1', ['choe-son-hui', 'lavrov']), meet('r2', ['choe-son-hui-2', 'lavrov'], 'choe-son-hui-2'), meet('r3', ['choe-son-hui', 'lavrov'])];
    const out = resolveEntities(entities, relations);
    expect(out.entities.map((e) => e.id)).toEqual(['choe-son-hui', 'lavrov']);
    expect(out.entities[0].aliases).toEqual(['Choe', 'Choe Son-hui']);
    expect(out.relations[1].participants).toEqual(['choe-son-hui', 'lavrov']);
    expect(out.relations[1].evidence[0].speaker).toBe('choe-son-hui');
    expect(out.merged).toEqual([{ id: 'choe-son-hui', from: ['choe-son-hui-2'] }]);
  });

  it('refuses to merge namesakes of different countries and lists them for a curator', () => {
    const entities = [person('li-ming', 'Li Ming', 'cn'), person('li-ming-sg', 'Li Ming', 'sg')];
    const out = resolveEntities(entities, [meet('r1', ['li-ming', 'li-ming-sg'])]);
    expect(out.entities).toHaveLength(2);
    expect(out.relations[0].participants).toEqual(['li-ming', 'li-ming-sg']);
    expect(out.possible[0]).toMatchObject({ ids: ['li-ming', 'li-ming-sg'] });
    expect(out.possible[0].reason).toMatch(/namesakes/);
  });

  it('lists near spellings and partial names as possible merges without merging them', () => {
    const entities = [person('abdourahamane-tchiani', 'Abdourahamane Tchiani', 'ne'), person('abdourahamane-tiani', 'Abdourahamane Tiani', 'ne'), person('modi', 'Modi', 'in'), person('narendra-modi', 'Narendra Modi', 'in')];
    const out = resolveEntities(entities, []);
    expect(out.entities).toHaveLength(4);
    expect(out.possible.map((p) => p.ids)).toEqual([
      ['abdourahamane-tchiani', 'abdourahamane-tiani'],
      ['modi', 'narendra-modi'],
    ]);
  });

  it('never merges an organization with a person of the same name', () => {
    const out = resolveEntities([person('ali', 'Ali'), { id: 'ali-org', kind: 'organization', name: 'Ali', aliases: [] }], []);
    expect(out.entities).toHaveLength(2);
  });
});

describe('doubt across articles', () => {
  it('drops the doubt of an entity another article names without it', () => {
    const doubted = { id: 'maxim-ryzhenkov', kind: 'person' as const, name: 'Maxim Ryzhenkov', aliases: [], confidence: 0.6 };
    const sure = { id: 'maxim-ryzhenkov-2', kind: 'person' as const, name: 'Maxim Ryzhenkov', aliases: [], offices: ['Foreign Minister'] };
    const { entities } = resolveEntities([doubted, sure], []);
    expect(entities).toHaveLength(1);
    expect(entities[0].confidence).toBeUndefined();
    expect(resolveEntities([doubted, { ...sure, confidence: 0.6 }], []).entities[0].confidence).toBe(0.6);
  });
});
