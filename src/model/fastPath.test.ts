import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { acceptArticle, acceptEntity, acceptGraph, acceptRelation } from './fastPath';
import { ArticleSchema, EntitySchema, GraphSchema, MAX_NESTED_LIST, RelationSchema } from './schema';
import { validateGraph } from './validate';

/** The graphs the app ships with (the seed, the sample corpus): every kind of field a real file uses. */
function shippedGraph(path: string): { articles: unknown[]; entities: unknown[]; relations: unknown[] } {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}
const SHIPPED = ['data/graph.json', 'data/sample/graph.json'].map(shippedGraph);
const ENTITIES = SHIPPED.flatMap((g) => g.entities);
const RELATIONS = SHIPPED.flatMap((g) => g.relations);
const ARTICLES = SHIPPED.flatMap((g) => g.articles);

/** mulberry32: the same broken items on every run, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

/** Values a broken file holds where it should not: wrong types, near-misses of every pattern. */
const ODD_VALUES: unknown[] = [
  undefined, null, true, false, 0, -0, -1, 1, 2, 1.5, 0.5, 1e21, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY,
  '', ' ', 'x', 'a--b', '-a', 'a-', 'A', 'é', 'kp', 'meeting', 'role', 'reported', 'denied', 'manual', 'curated', 'bogus',
  '2024', '2024-02', '2024-02-29', '2023-02-29', '2024-13', '2024-00-10', '0000', '24-01-01', '2024-1-1',
  [], ['kp'], ['kp', 'kp'], ['kp', 'by'], ['kp', 'Bad'], ['x', ''], [1, 2], [''],
  {}, { start: '2024', end: '2023' }, { start: '2023', end: '2024-05' }, { start: '2023' }, { start: '2023', end: '2024', x: 1 },
  [{ article: 'a', start: 0, end: 1, quote: 'q' }], [{ article: 'a', start: 1, end: 1, quote: 'q' }], [{ article: 'a', start: 0, end: 1, quote: '' }],
  [{ article: 'a', start: -1, end: 1, quote: 'q' }], [{ article: 'a', start: 0, end: 1.5, quote: 'q' }], [{ article: 'a', start: 0, end: 1, quote: 'q', speaker: 'Bad' }],
  [{ article: 'a', start: 0, end: 1, quote: 'q', extra: 1 }], [null], Object.create({ inherited: 1 }) as unknown,
  // Addresses and languages: near-misses of what an article's url and language must be.
  'https://example.org/a', 'http://example.org', ' https://example.org/a', 'https://example.org/a ', 'https://exa\tmple.org', 'https://exa\nmple.org',
  'HTTPS://example.org', 'https:example.org', 'https:/example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://', 'https://[bad', 'https://a b.org',
  'en', 'en-GB', 'EN', 'en-gb', 'eng', 'e',
];

function mutate(item: Record<string, unknown>, r: ReturnType<typeof rng>): Record<string, unknown> {
  // A fresh copy of a plain value, so no mutation reaches another item through a shared array.
  const odd = () => {
    const v = r.pick(ODD_VALUES);
    return Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) ? structuredClone(v) : v;
  };
  const copy = structuredClone(item);
  const keys = Object.keys(copy);
  const mutations = 1 + Math.floor(r.next() * 3);
  for (let m = 0; m < mutations; m++) {
    const roll = r.next();
    const key = r.pick(keys);
    if (roll < 0.15) delete copy[key];
    else if (roll < 0.2) copy[r.pick(['extra', 'Id', 'actor', 'aliases', 'date', 'origin', 'notes', 'speaker'])] = odd();
    else if (roll < 0.3 && Array.isArray(copy.evidence) && typeof copy.evidence[0] === 'object' && copy.evidence[0] !== null) {
      const ev = copy.evidence[0] as Record<string, unknown>;
      ev[r.pick(['article', 'start', 'end', 'quote', 'speaker', 'x'])] = odd();
    } else copy[key] = odd();
  }
  return copy;
}

/** Whatever the fast path vouches for, zod accepts, and gives back the very same value, key order included. */
function agreesWithZod(accept: (v: unknown) => unknown, schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }, item: unknown): 'fast' | 'zod' {
  const fast = accept(item);
  if (fast === undefined) return 'zod';
  const parsed = schema.safeParse(item);
  expect(parsed.success, JSON.stringify(item)).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
  expect(fast).toEqual(parsed.data);
  return 'fast';
}

describe('the validator fast path', () => {
  it('takes every article, entity and relation of the shipped graphs, and gives back what zod gives', () => {
    expect(RELATIONS.length).toBeGreaterThan(100);
    for (const a of ARTICLES) expect(agreesWithZod(acceptArticle, ArticleSchema, a)).toBe('fast');
    for (const a of ARTICLES) expect(agreesWithZod(acceptArticle, ArticleSchema, { ...(a as object), agency: 'Agency', text: 'Body.' })).toBe('fast');
    for (const e of ENTITIES) expect(agreesWithZod(acceptEntity, EntitySchema, e)).toBe('fast');
    for (const r of RELATIONS) expect(agreesWithZod(acceptRelation, RelationSchema, r)).toBe('fast');
  });

  it('fills the defaults zod fills, in zod’s key order', () => {
    const entity = { name: 'Alpha', kind: 'country', id: 'xa' };
    expect(Object.keys(acceptEntity(entity) ?? {})).toEqual(['id', 'kind', 'name', 'aliases']);
    const relation = { summary: 's', evidence: [{ quote: 'q', end: 1, start: 0, article: 'a' }], status: 'reported', directed: false, participants: ['xa', 'xb'], kind: 'meeting', id: 'r' };
    expect(JSON.stringify(acceptRelation(relation))).toBe(JSON.stringify(RelationSchema.parse(relation)));
  });

  it('keeps an item already in zod’s key order with its defaults, and copies any other into that order', () => {
    const relation = { id: 'r', kind: 'meeting', participants: ['xa', 'xb'], directed: false, status: 'reported', date: { start: '2024-01', end: '2024-02' }, summary: 's', evidence: [{ article: 'a', start: 0, end: 1, quote: 'q' }], origin: 'manual' };
    expect(acceptRelation(relation)).toBe(relation);
    const shuffled = { summary: 's', id: 'r', kind: 'meeting', participants: ['xa', 'xb'], directed: false, status: 'reported', evidence: [{ article: 'a', start: 0, end: 1, quote: 'q' }], origin: 'manual' };
    const copy = acceptRelation(shuffled);
    expect(copy).not.toBe(shuffled);
    expect(Object.keys(copy ?? {})).toEqual(['id', 'kind', 'participants', 'directed', 'status', 'summary', 'evidence', 'origin']);
    // A relation without its origin gets the default, so it cannot be kept; its evidence, in order, still is.
    const { origin: _origin, ...withoutOrigin } = relation;
    const filled = acceptRelation(withoutOrigin);
    expect(filled).not.toBe(withoutOrigin);
    expect(filled?.origin).toBe('manual');
    const entity = { id: 'xa', kind: 'country', name: 'Alpha', aliases: [] };
    expect(acceptEntity(entity)).toBe(entity);
    expect(acceptEntity({ id: 'xa', kind: 'country', name: 'Alpha' })).not.toBe(entity);
  });

  it('never vouches for a broken item (9,000 seeded mutations of real ones)', () => {
    const r = rng(16);
    const tally = { fast: 0, zod: 0 };
    for (let i = 0; i < 3000; i++) {
      tally[agreesWithZod(acceptEntity, EntitySchema, mutate(r.pick(ENTITIES) as Record<string, unknown>, r))]++;
      tally[agreesWithZod(acceptRelation, RelationSchema, mutate(r.pick(RELATIONS) as Record<string, unknown>, r))]++;
      tally[agreesWithZod(acceptArticle, ArticleSchema, mutate(r.pick(ARTICLES) as Record<string, unknown>, r))]++;
    }
    // Both answers occur: the mutations reach past what the fast path takes, and not only there.
    expect(tally.zod).toBeGreaterThan(3000);
    expect(tally.fast).toBeGreaterThan(300);
  });

  it('leaves to zod what zod words: unknown and prototype keys, undefined values, overlong lists', () => {
    const relation = RELATIONS[0] as Record<string, unknown>;
    expect(acceptRelation(JSON.parse(JSON.stringify(relation).replace('{', '{"__proto__":{"x":1},')))).toBeUndefined();
    expect(acceptRelation({ ...relation, notes: undefined })).toBeUndefined();
    expect(acceptRelation({ ...relation, participants: Array.from({ length: MAX_NESTED_LIST + 1 }, (_, i) => `p${i}`) })).toBeUndefined();
    expect(acceptEntity({ ...(ENTITIES[0] as object), aliases: Array(MAX_NESTED_LIST + 1).fill('a') })).toBeUndefined();
  });

  it('takes a whole shipped document as zod would, and leaves any document with one doubtful item to zod', () => {
    for (const path of ['data/graph.json', 'data/sample/graph.json']) {
      const graph = shippedGraph(path);
      expect(agreesWithZod(acceptGraph, GraphSchema, graph)).toBe('fast');
      expect(acceptGraph({ ...graph, relations: [...graph.relations, { id: 'x' }] })).toBeUndefined();
      expect(acceptGraph({ ...graph, articles: [{ ...(graph.articles[0] as object), url: 'ftp://example.org' }] })).toBeUndefined();
      expect(acceptGraph({ ...graph, version: 2 })).toBeUndefined();
      expect(acceptGraph({ ...graph, extra: 1 })).toBeUndefined();
      expect(acceptGraph({ version: 1, articles: [], entities: [] })).toBeUndefined();
    }
  });

  it('changes no answer of validateGraph: the problems of a broken list are still reported by zod', () => {
    const graph = shippedGraph('data/graph.json') as { relations: Array<Record<string, unknown>> };
    graph.relations[1] = { ...graph.relations[1], status: 'rumoured' };
    const { problems } = validateGraph('g.json', graph, () => undefined);
    expect(problems.map((p) => p.path)).toEqual(['relations[1].status']);
  });
});
