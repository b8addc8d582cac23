/** How every view names a source article: publisher (agency) · date, and a link to the original. */
import type { Article } from '../model/schema';
import { formatPublished } from '../ui/format';

type ArticleMeta = Pick<Article, 'publisher' | 'agency' | 'published' | 'url'>;

/** "The Korea Times (Yonhap) · 24 July 2024" */
export function articleByline(article: ArticleMeta): string {
  return `${article.publisher}${article.agency ? ` (${article.agency})` : ''} · ${formatPublished(article.published)}`;
}

export function OriginalLink({ article, className }: { article: ArticleMeta; className: string }) {
  return (
    <a className={className} href={article.url} target="_blank" rel="noopener noreferrer">
      Original<span className="sr-only"> article at {article.publisher} (opens in a new tab)</span> ↗
    </a>
  );
}
