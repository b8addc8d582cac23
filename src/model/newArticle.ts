/**
 * An article as a person adds it in the app's form, and what to tell them when it cannot be
 * added yet: one sentence saying what to fix. The local server checks everything again, with
 * the data model's schema and the extractor's text checks (scripts/server/dataStore.ts).
 */
export interface NewArticleFields {
  text: string;
  title: string;
  publisher: string;
  agency: string;
  url: string;
  published: string;
}

/** What the app sends to the local server's POST /api/articles, and what the server accepts: one shape for both sides. */
export interface NewArticleRequest extends Omit<NewArticleFields, 'agency'> {
  dataset: string;
  agency?: string;
  /** Chosen by the server from the title when absent. */
  id?: string;
  language?: string;
}

export const MAX_ARTICLE_TEXT_BYTES = 10 * 1024 * 1024;

/** The first thing to fix, or undefined when the article may be sent. */
export function newArticleProblem(f: NewArticleFields): string | undefined {
  if (!f.text.trim()) return 'Paste the article’s text: it is empty.';
  if (new TextEncoder().encode(f.text).length > MAX_ARTICLE_TEXT_BYTES) return 'The text is over 10 MB; is this really one news article?';
  if (!f.title.trim()) return 'Give the article’s headline as its title.';
  if (!f.publisher.trim()) return 'Give the outlet that published it (e.g. The Korea Times).';
  if (!f.published) return 'Give the publication date: dates in the text such as “Tuesday” are read against it.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.published) || Number.isNaN(Date.parse(`${f.published}T00:00:00Z`))) return 'The publication date must be a day, as YYYY-MM-DD.';
  if (!/^https?:\/\/\S+\.\S+/.test(f.url.trim())) return 'Give the address of the original page, starting with https://.';
  return undefined;
}

/** Pasted or dropped text that is a page's HTML source rather than an article's text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 2000).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div|h1)[\s>]/.test(head);
}
