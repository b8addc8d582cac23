import { describe, expect, it } from 'vitest';
import { articleTextPath, citedTexts } from './articleTexts';

describe('citedTexts', () => {
  it('keeps inline texts and names the file of every other article, beside the data file', () => {
    const parsed = { articles: [{ id: 'a', text: 'Inline.' }, { id: 'b' }, { id: 'c', text: null }] };
    expect(citedTexts('data/generated/M.json', parsed)).toEqual({
      inline: [['a', 'Inline.']],
      files: [
        { id: 'b', path: 'data/generated/articles/b.txt' },
        { id: 'c', path: 'data/generated/articles/c.txt' },
      ],
    });
  });

  it('cites nothing for what validation will reject: no articles list, articles without a string id', () => {
    const none = { inline: [], files: [] };
    expect(citedTexts('data/graph.json', null)).toEqual(none);
    expect(citedTexts('data/graph.json', { articles: { id: 'a' } })).toEqual(none);
    expect(citedTexts('data/graph.json', { articles: [null, 3, { id: 7 }, {}] })).toEqual(none);
  });
});

describe('articleTextPath', () => {
  it('puts texts in articles/ beside the data file', () => {
    expect(articleTextPath('data/graph.json', 'nk-belarus-2024-07-24')).toBe('data/articles/nk-belarus-2024-07-24.txt');
  });
});
