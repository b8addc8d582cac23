import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJson, validateGraph, formatProblem } from './validate';
import { describeMore, summarizeProblems } from './problems';

const TEXT = 'Alpha met Beta on Monday. Gamma denied it.';
const base = () => ({
  version: 1,
  articles: [{ id: 'a1', title: 'T', publisher: 'P', url: 'https://example.org/a', published: '2024-07-24', language: 'en' }],
  entities: [
    { id: 'xa', kind: 'country', name: 'Alpha', aliases: [] },
    { id: 'p-beta', kind: 'person', name: 'Beta', aliases: [], country: 'xa' },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'meeting',
      participants: ['xa', 'p-beta'],
      directed: false,
      status: 'reported',
      date: '2024-07-22',
      summary: 'Alpha met Beta.',
      evidence: [{ article: 'a1', start: 0, end: 14, quote: 'Alpha met Beta' }],
    },
  ],
});
const texts = (id: string) => (id === 'a1' ? TEXT : undefined);

describe('validateGraph', () => {
  it('accepts a consistent graph and fills defaults', () => {
    const r = validateGraph('g.json', base(), texts);
    expect(r.problems).toEqual([]);
    expect(r.graph?.relations[0].origin).toBe('manual');
  });

  it('names a participant listed twice, in a relation of a few participants and of many', () => {
    const g = base() as any;
    g.relations[0].participants = ['xa', 'p-beta', 'xa'];
    const many = structuredClone(g.relations[0]);
    many.id = 'r2';
    many.participants = [...Array.from({ length: 20 }, (_, i) => `p-${i}`), 'xa', 'p-beta', 'p-3'];
    g.entities.push(...Array.from({ length: 20 }, (_, i) => ({ id: `p-${i}`, kind: 'person', name: `P${i}`, aliases: [] })));
    g.relations.push(many);
    expect(validateGraph('g.json', g, texts).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'relations[0].participants[2]: "xa" is listed twice',
      'relations[1].participants[22]: "p-3" is listed twice',
    ]);
  });

  it('reports JSON syntax errors with the file name', () => {
    const r = parseJson('data/graph.json', '{"version": 1,');
    expect(formatProblem(r.problems[0])).toMatch(/^data\/graph\.json: \(root\): is not valid JSON/);
  });

  it('names the path of every schema problem', () => {
    const g = base() as any;
    g.relations[0].status = 'rumoured';
    g.entities[0].kind = 'planet';
    g.relations[0].date = '2024-02-30';
    const paths = validateGraph('g.json', g, texts).problems.map((p) => p.path).sort();
    expect(paths).toEqual(['entities[0].kind', 'relations[0].date', 'relations[0].status']);
  });

  it("words zod's own problems in English, with the field's path", () => {
    const g = base() as any;
    g.articles[0].url = 'ftp://example.org/a';
    g.entities[0].kind = 'planet';
    g.entities[1].colour = 'blue';
    g.relations[0].confidence = -0.5;
    g.relations[0].evidence[0].quote = '';
    expect(validateGraph('g.json', g, texts).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'articles[0].url: Invalid URL',
      'entities[0].kind: Invalid option: expected one of "country"|"person"|"organization"|"place"|"bloc"',
      'entities[1]: Unrecognized key: "colour"',
      'relations[0].evidence[0].quote: Too small: expected string to have >=1 characters',
      'relations[0].confidence: Too small: expected number to be >=0',
    ]);
  });

  it('reports a dangling participant, country and speaker', () => {
    const g = base() as any;
    g.relations[0].participants[1] = 'nobody';
    g.entities[1].country = 'zz';
    g.relations[0].evidence[0].speaker = 'ghost';
    const r = validateGraph('g.json', g, texts);
    expect(r.graph).toBeUndefined();
    expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'entities[1].country: unknown entity id "zz"',
      'relations[0].participants[1]: unknown entity id "nobody"',
      'relations[0].evidence[0].speaker: unknown entity id "ghost"',
    ]);
  });

  it('refuses an acting side on an undirected relation, or one that leaves no target', () => {
    const g = base() as any;
    g.relations[0].actors = 2;
    expect(validateGraph('g.json', g, texts).problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['relations[0].actors: only a directed relation has an acting side']);
    g.relations[0].directed = true;
    expect(validateGraph('g.json', g, texts).problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['relations[0].actors: the acting side must leave at least one participant as a target']);
  });

  it('reports a quote that does not equal the text at its offsets', () => {
    const g = base() as any;
    g.relations[0].evidence[0].start = 1;
    g.relations[0].evidence[0].end = 15;
    const [p] = validateGraph('g.json', g, texts).problems;
    expect(p.path).toBe('relations[0].evidence[0].quote');
    expect(p.message).toContain('does not match the article text at 1–15');
  });

  it('reports offsets past the end and an article whose text is missing', () => {
    const g = base() as any;
    g.relations[0].evidence[0].end = 999;
    expect(validateGraph('g.json', g, texts).problems[0].path).toBe('relations[0].evidence[0].end');
    expect(validateGraph('g.json', base(), () => undefined).problems[0].message).toContain('could not be loaded');
  });

  it('reports duplicate ids', () => {
    const g = base() as any;
    g.entities.push({ ...g.entities[0] });
    expect(validateGraph('g.json', g, texts).problems[0]).toMatchObject({ path: 'entities[2].id' });
  });
});

describe('the seed data', () => {
  it('validates, every quote at its offsets', () => {
    const graph = JSON.parse(readFileSync('data/graph.json', 'utf8'));
    const text = readFileSync('data/articles/nk-belarus-2024-07-24.txt', 'utf8');
    const r = validateGraph('data/graph.json', graph, (id) => (id === 'nk-belarus-2024-07-24' ? text : undefined));
    expect(r.problems).toEqual([]);
  });
});

describe('hostile sizes and encodings', () => {
  it('reports 125,000 bad entities as problems instead of overflowing the call stack', () => {
    const doc = { version: 1, articles: [], entities: new Array(125_000).fill(1), relations: [] };
    const r = validateGraph('big.json', doc, texts);
    expect(r.graph).toBeUndefined();
    expect(r.problems).toHaveLength(125_000);
    expect(r.problems[7]).toMatchObject({ file: 'big.json', path: 'entities[7]' });
  });

  it('refuses a nested list too long to check, naming it', () => {
    const doc = base();
    (doc.relations[0] as { participants: unknown[] }).participants = new Array(200_000).fill('xa');
    const r = validateGraph('g.json', doc, texts);
    expect(r.problems).toEqual([{ file: 'g.json', path: 'relations[0].participants', message: 'has 200,000 items; at most 10,000 are allowed' }]);
  });

  it('reads a file that starts with a byte order mark, as the browser does', () => {
    expect(parseJson('g.json', '\uFEFF{"a":1}')).toEqual({ value: { a: 1 }, problems: [] });
  });

  it('counts a long problem list by kind after the first ones', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ file: 'f', path: `entities[${i}]`, message: 'Invalid input: expected object, received number' }));
    many.push({ file: 'f', path: 'relations[3].kind', message: 'Invalid option: expected one of "a"|"b"' });
    const s = summarizeProblems(many, 100);
    expect(s.shown).toHaveLength(100);
    expect(s.more.map(describeMore)).toEqual(['and 150 more of the same kind', 'and 1 more like relations[3].kind: Invalid option: expected one of "a"|"b"']);
  });
});
