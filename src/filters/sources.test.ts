import { describe, expect, it } from 'vitest';
import { articleMentions, sourcesByOutlet } from './sources';
import { generateGraph } from '../generate/generate';

describe('articleMentions', () => {
  it('counts each relation once per article it is quoted from', () => {
    const quote = (article: string) => ({ article, quote: 'q', start: 0, end: 1 });
    const relations = [
      { evidence: [quote('a'), quote('b'), quote('a')] },
      { evidence: [quote('b')] },
      { evidence: [quote('c'), quote('c')] },
    ] as unknown as Parameters<typeof articleMentions>[0];
    expect(articleMentions(relations)).toEqual(new Map([['a', 1], ['b', 2], ['c', 1]]));
  });
});

describe('sourcesByOutlet', () => {
  it('groups articles by outlet, outlets alphabetically, articles by date, and is worked out once', () => {
    const graph = generateGraph({ entities: 200, relations: 400, seed: 2 });
    const groups = sourcesByOutlet(graph);
    expect(groups.length).toBeGreaterThan(2);
    expect(groups.some(([, articles]) => new Set(articles.map((a) => a.published)).size > 1)).toBe(true);
    const outlets = groups.map(([outlet]) => outlet);
    expect(outlets).toEqual([...outlets].sort((a, b) => a.localeCompare(b)));
    for (const [, articles] of groups) expect(articles.map((a) => a.published)).toEqual(articles.map((a) => a.published).sort());
    expect(groups.reduce((n, [, articles]) => n + articles.length, 0)).toBe(graph.articles.length);
    expect(sourcesByOutlet(graph)).toBe(groups);
  });
});
