/**
 * A web page's HTML → the article a person meant to add: its text as paragraphs, and the
 * headline, outlet, address and publication date where the page states them. Mozilla's
 * Readability (the engine of Firefox's reader view) finds the story among menus, captions and
 * related links far better than a hand-written scraper would. The text kept is plain text with
 * a blank line between paragraphs: exactly what the reader shows and what quotes index into.
 * Nothing is invented: a field the page does not state stays empty for the person to fill.
 */
import { Readability } from '@mozilla/readability';
import type { NewArticleFields } from '../model/newArticle';

export type HtmlArticle = Omit<NewArticleFields, 'agency'>;

/** Fewer words than this is a page without a story (an index, a menu), not a short article. */
const MIN_WORDS = 20;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** The article's paragraphs as plain text, one blank line apart, whitespace inside each folded. */
function paragraphsOf(html: string, parse: (html: string) => Document): string {
  const body = parse(`<!doctype html><body>${html}</body>`).body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = (blocks.length ? blocks : [body]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length ? `${texts.join('\n\n')}\n` : '';
}

const meta = (doc: Document, ...names: string[]) => {
  for (const name of names) {
    const content = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

/** A day (YYYY-MM-DD) from an ISO date or date-time as pages write them; undefined otherwise. */
export function dayOf(value: string | undefined | null): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value?.trim() ?? '');
  // Round-trip: Date rolls 30 February over into March; a day that is not in the calendar is no date.
  const real = m && !Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)) && new Date(`${m[1]}T00:00:00Z`).toISOString().startsWith(m[1]);
  return real ? m![1] : '';
}

function publishedOf(doc: Document, readabilityTime: string | null | undefined): string {
  return (
    dayOf(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued')) ||
    dayOf(readabilityTime) ||
    dayOf(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

function urlOf(doc: Document): string {
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? '';
  return /^https?:\/\//.test(url) ? url : '';
}

/**
 * The article in a page, or undefined when the page holds no readable story (an index page, an
 * empty document). `parse` is the browser's DOMParser unless a test gives another.
 */
export function articleFromHtml(html: string, parse: (html: string) => Document = (h) => new DOMParser().parseFromString(h, 'text/html')): HtmlArticle | undefined {
  const doc = parse(html);
  // Read the metadata first: Readability rewrites the document as it works.
  const published = publishedOf(doc, undefined);
  const url = urlOf(doc);
  const ogTitle = meta(doc, 'og:title');
  const site = meta(doc, 'og:site_name', 'application-name');
  const read = new Readability(doc).parse();
  if (!read?.content) return undefined;
  const text = paragraphsOf(read.content, parse);
  // A menu or a headline alone is not an article: Readability returns whatever text it found.
  if (text.split(/\s+/).filter(Boolean).length < MIN_WORDS) return undefined;
  return {
    text,
    title: (ogTitle ?? read.title ?? '').trim(),
    publisher: (site ?? read.siteName ?? '').trim(),
    url,
    published: published || dayOf(read.publishedTime),
  };
}
