// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleFromHtml, dayOf } from './htmlArticle';
import { looksLikeHtml } from '../model/newArticle';

/** A news page written for this test: a menu, the story, a photo caption, related links, a footer. */
const PAGE = `<!doctype html>
<html lang="en"><head>
  <title>Norway, Chile sign fisheries plan | Test Wire</title>
  <meta property="og:title" content="Norway and Chile sign fisheries cooperation plan">
  <meta property="og:site_name" content="Test Wire">
  <meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
  <link rel="canonical" href="https://news.example/norway-chile-fisheries">
</head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main><article>
    <h1>Norway and Chile sign fisheries cooperation plan</h1>
    <p>OSLO, March 4 -- Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister
       Alberto van Klaveren in Oslo on Tuesday, the ministry said.</p>
    <p>Norway and Chile signed a plan to expand cooperation on fisheries and ocean research,
       the Norwegian foreign ministry said in a statement. The two countries agreed to exchange
       data on fish stocks and to hold joint research cruises in the South Pacific next year.</p>
    <p>Officials said the plan builds on a 2019 memorandum between their research institutes,
       and that a follow-up meeting would take place in Santiago in the autumn.</p>
  </article></main>
  <aside><h2>Related</h2><ul><li><a href="/a">Salmon prices rise</a></li><li><a href="/b">Arctic council meets</a></li></ul></aside>
  <footer><p>© Test Wire. All rights reserved.</p></footer>
</body></html>`;

describe('looksLikeHtml', () => {
  it('tells a page source from an article text', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('<p>One paragraph</p>')).toBe(true);
    expect(looksLikeHtml('SEOUL, July 24 (Yonhap) -- Belarus could join Russia and North Korea <in brackets>.')).toBe(false);
  });
});

describe('articleFromHtml', () => {
  it('keeps the story as paragraphs and leaves menus, related links and footer out', () => {
    const a = articleFromHtml(PAGE)!;
    const paragraphs = a.text.trim().split('\n\n');
    expect(paragraphs[0]).toMatch(/^OSLO, March 4 -- Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Tuesday, the ministry said\.$/);
    expect(paragraphs).toContain(
      'Officials said the plan builds on a 2019 memorandum between their research institutes, and that a follow-up meeting would take place in Santiago in the autumn.',
    );
    for (const furniture of ['Home', 'Sport', 'Salmon prices rise', 'All rights reserved']) expect(a.text).not.toContain(furniture);
  });

  it('fills what the page states: headline, outlet, address, the day it was published', () => {
    const a = articleFromHtml(PAGE)!;
    expect(a.title).toBe('Norway and Chile sign fisheries cooperation plan');
    expect(a.publisher).toBe('Test Wire');
    expect(a.url).toBe('https://news.example/norway-chile-fisheries');
    expect(a.published).toBe('2025-03-04');
  });

  it('leaves empty what the page does not state', () => {
    const bare = PAGE.replace(/<meta[^>]*>|<link[^>]*>/g, '');
    const a = articleFromHtml(bare)!;
    expect(a.url).toBe('');
    expect(a.published).toBe('');
    expect(a.text).toContain('Norway and Chile signed a plan');
  });

  it('finds no article in a page without a story', () => {
    expect(articleFromHtml('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>')).toBeUndefined();
  });
});

describe('dayOf', () => {
  it('keeps the day of an ISO date or date-time, nothing else', () => {
    expect(dayOf('2025-03-04T09:30:00+01:00')).toBe('2025-03-04');
    expect(dayOf('2025-03-04')).toBe('2025-03-04');
    expect(dayOf('March 4, 2025')).toBe('');
    expect(dayOf('2025-02-30')).toBe('');
    expect(dayOf(undefined)).toBe('');
  });
});
