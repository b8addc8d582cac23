import { describe, expect, it } from 'vitest';
import { newArticleProblem, type NewArticleFields } from './newArticle';

const ok: NewArticleFields = { text: 'Norway and Chile signed a plan.', title: 'Norway and Chile sign plan', publisher: 'Test Wire', agency: '', url: 'https://news.example/a', published: '2025-03-04' };

describe('newArticleProblem', () => {
  it('lets a complete article through', () => {
    expect(newArticleProblem(ok)).toBeUndefined();
  });

  it.each<[Partial<NewArticleFields>, RegExp]>([
    [{ text: '  \n ' }, /text: it is empty/],
    [{ title: '' }, /title/],
    [{ publisher: ' ' }, /outlet/],
    [{ published: '' }, /publication date/],
    [{ published: '2025-02-31x' }, /YYYY-MM-DD/],
    [{ url: 'news.example/a' }, /https:\/\//],
  ])('names what to fix: %o', (change, message) => {
    expect(newArticleProblem({ ...ok, ...change })).toMatch(message);
  });
});
