/** How every view names a source article: publisher (agency) · date, and a link to the original. */
import type { Article } from '../model/schema';
import { formatPublished } from '../ui/format';
import { clipText, UserText } from '../ui/UserText';

type ArticleMeta = Pick<Article, 'publisher' | 'agency' | 'published' | 'url'>;

/** "The Korea Times (Yonhap) · 24 July 2024" */
export function articleByline(article: ArticleMeta): string {
  return `${article.publisher}${article.agency ? ` (${article.agency})` : ''} · ${formatPublished(article.published)}`;
}

/** The byline in the page: publisher and agency isolated (UserText), so a stray direction mark in them moves nothing after. */
export function Byline({ article }: { article: ArticleMeta }) {
  return (
    <>
      <UserText text={article.publisher} max={120} />
      {article.agency && (
        <>
          {' ('}
          <UserText text={article.agency} max={120} />
          {')'}
        </>
      )}
      {` · ${formatPublished(article.published)}`}
    </>
  );
}

export function OriginalLink({ article, className }: { article: ArticleMeta; className: string }) {
  return (
    <a className={className} href={article.url} target="_blank" rel="noopener noreferrer">
      Original<span className="sr-only"> article at <bdi>{clipText(article.publisher, 120)}</bdi> (opens in a new tab)</span> ↗
    </a>
  );
}
