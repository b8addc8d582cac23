import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FUZZY_ALL_FORMS, markQueryWords, normalize, prepareSearch, searchArticles, searchEntities, searchRelations, searchFormsOf } from './search';
import { generateGraph } from '../generate/generate';
import { graphOf, seedGraph } from '../test/fixtures';
import { loadFuzzy } from './fuzzy';

// These tests are about answers with the typo tier at hand; fuzzy.test.ts covers the wait for it.
beforeAll(loadFuzzy);

const seed = seedGraph();
const first = (q: string) => searchEntities(seed.entities, q)[0]?.entity.id;

describe('normalize', () => {
  it('folds case, accents, possessives and punctuation', () => {
    expect(normalize('Choe Son-hui')).toBe('choe son hui');
    expect(normalize("North Korea's")).toBe('north korea');
    expect(normalize('Łódź São Tomé')).toBe('łodz sao tome');
  });
});

describe('searchEntities on the seed', () => {
  it('finds by alias, abbreviation and misspelling', () => {
    expect(first('NK')).toBe('kp');
    expect(first('nk')).toBe('kp');
    expect(first('Pyeongyang')).toBe('kp');
    expect(first('DPRK')).toBe('kp');
    expect(first('choe')).toBe('choe-son-hui');
    expect(first('son hui')).toBe('choe-son-hui');
    expect(first('KINU')).toBe('kinu');
  });
  it('reports which form matched', () => {
    expect(searchEntities(seed.entities, 'pyeongyang')[0].matched).toBe('Pyeongyang');
  });
  it('short queries do not match inside words', () => {
    const ids = searchEntities(seed.entities, 'nk').map((m) => m.entity.id);
    expect(ids).not.toContain('maxim-ryzhenkov');
  });
  it('falls back to fuzzy matching for typos', () => {
    expect(first('Lukashenka')).toBe('alexander-lukashenko');
    expect(first('zzzzqqq')).toBeUndefined();
  });
  it('in a large graph, still finds a typo in any word of a name (among the forms with a word starting with its first letter)', () => {
    const filler = generateGraph({ entities: 6000, relations: 50, seed: 3 }).entities;
    const entities = [...filler, { ...seed.entities.find((e) => e.id === 'alexander-lukashenko')!, aliases: [] }];
    expect(entities.flatMap(searchFormsOf).length).toBeGreaterThan(FUZZY_ALL_FORMS);
    const found = searchEntities(entities, 'Lukashenka');
    expect(found.every((m) => m.tier === 4)).toBe(true);
    expect(found.map((m) => m.entity.id)).toContain('alexander-lukashenko');
  });
  it('ranks exact, prefix, word start and substring in that order', () => {
    const tier = (q: string, id: string) => searchEntities(seed.entities, q).find((m) => m.entity.id === id)?.tier;
    expect(tier('dprk', 'kp')).toBe(0);
    expect(tier('choe so', 'choe-son-hui')).toBe(1);
    expect(tier('son hui', 'choe-son-hui')).toBe(2);
    expect(tier('hui', 'choe-son-hui')).toBe(2);
    expect(tier('ashen', 'alexander-lukashenko')).toBe(3);
    expect(tier('sh', 'alexander-lukashenko')).toBeUndefined();
  });
  it('a repeated question (the list, then the graph) gets the same answer, whatever the limit or what a caller did with the last one', () => {
    const all = searchEntities(seed.entities, 'kor');
    expect(all.length).toBeGreaterThan(1);
    const one = searchEntities(seed.entities, 'kor', 1);
    expect(one).toEqual(all.slice(0, 1));
    one.push(all[1]);
    all.length = 0;
    expect(searchEntities(seed.entities, 'kor').map((m) => m.entity.id)).toEqual(searchEntities([...seed.entities], 'kor').map((m) => m.entity.id));
    expect(searchEntities(seed.entities, 'kor').length).toBeGreaterThan(1);
  });

  it('empty query finds nothing', () => {
    expect(searchEntities(seed.entities, '  ')).toEqual([]);
  });
});

describe('accent-insensitive both ways', () => {
  const g = graphOf([{ id: 'ci', name: "Côte d'Ivoire", aliases: ['Ivorian'] }, { id: 'x', kind: 'person', name: 'José Martí' }], []);
  it('query without accents finds accented names and vice versa', () => {
    expect(searchEntities(g.entities, 'cote')[0].entity.id).toBe('ci');
    expect(searchEntities(g.entities, 'JOSÉ')[0].entity.id).toBe('x');
    expect(searchEntities(g.entities, 'marti')[0].entity.id).toBe('x');
  });
});

describe('search across everything', () => {
  it('finds a country by its capital, saying which name matched', () => {
    const hit = searchEntities(seed.entities, 'Minsk')[0];
    expect(hit.entity.id).toBe('by');
    expect(hit.matched).toBe('Minsk');
    expect(searchEntities(seed.entities, 'Kyiv')[0]?.entity.id).toBe('ua');
  });

  it('finds relations by words of their quotes or summary, every word required', () => {
    const banquet = searchRelations(seed, 'banquet');
    expect(banquet.length).toBeGreaterThan(0);
    for (const m of banquet) {
      const text = m.evidence >= 0 ? m.relation.evidence[m.evidence].quote : m.relation.summary;
      expect(normalize(text)).toContain('banquet');
    }
    const both = searchRelations(seed, 'banquet arrival');
    expect(both.length).toBeLessThanOrEqual(banquet.length);
    expect(searchRelations(seed, 'banquet zzzzqq')).toEqual([]);
    // Two letters would match nearly every quote.
    expect(searchRelations(seed, 'ba')).toEqual([]);
  });

  it('finds articles by title and outlet', () => {
    expect(searchArticles(seed, 'korea times').map((m) => m.article.id)).toEqual([seed.articles[0].id]);
    expect(searchArticles(seed, 'diplomat vows').length).toBe(1);
    expect(searchArticles(seed, 'guardian')).toEqual([]);
  });

  it('marks the words of a quote that begin with a query word, folding accents and case', () => {
    const parts = markQueryWords('Talks in Pyongyang and Ŝtátë capitals', 'pyong state');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Pyongyang', 'Ŝtátë']);
    expect(parts.map((p) => p.text).join('')).toBe('Talks in Pyongyang and Ŝtátë capitals');
  });
});

describe('searchRelations through its word index', () => {
  it('finds exactly what checking every relation finds, for prefixes, whole words and several words', () => {
    const large = generateGraph({ entities: 400, relations: 1500, seed: 11 });
    const everyWordStarts = (text: string, words: string[]) => words.every((w) => ` ${normalize(text)}`.includes(` ${w}`));
    const byScan = (q: string) => {
      const words = normalize(q).split(' ').filter((w) => w.length > 1);
      return large.relations.filter((r) => r.evidence.some((e) => everyWordStarts(e.quote, words)) || everyWordStarts(r.summary, words)).map((r) => r.id);
    };
    const words = [...new Set(large.relations.slice(0, 60).flatMap((r) => normalize(r.evidence[0].quote).split(' ')))].filter((w) => w.length >= 4);
    const queries = [...words.slice(0, 25), ...words.slice(0, 25).map((w) => w.slice(0, 3)), ...words.slice(0, 10).map((w, i) => `${w} ${words[i + 10]}`), 'zzqx', 'of the'];
    for (const q of queries) expect(searchRelations(large, q).map((m) => m.relation.id), q).toEqual(byScan(q));
  });
});

describe('prepareSearch', () => {
  // Many relations, so the preparation takes several slices; fresh arrays, so no cache is shared.
  const many = () => ({ entities: [...seed.entities], relations: Array.from({ length: 120 }, () => seed.relations).flat() });
  const ids = (g: ReturnType<typeof many>, q: string) => searchRelations(g, q).map((m) => `${m.relation.id}:${m.evidence}`);

  it('gives the same answers whether a keystroke comes before, during or after it', () => {
    vi.useFakeTimers();
    try {
      const cold = many();
      const during = many();
      const after = many();
      prepareSearch(during);
      vi.advanceTimersToNextTimer(); // one slice of several
      prepareSearch(after);
      vi.runAllTimers();
      for (const q of ['banquet', 'banquet arrival', 'north korea', 'zzzzqq']) {
        expect(ids(during, q)).toEqual(ids(cold, q));
        expect(ids(after, q)).toEqual(ids(cold, q));
      }
      expect(ids(cold, 'banquet').length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when asked', () => {
    vi.useFakeTimers();
    try {
      const stop = prepareSearch(many());
      stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
