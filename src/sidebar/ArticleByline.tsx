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

/** The publisher the sample corpus's texts carry: written for Entente, never published as such. */
export const SAMPLE_PUBLISHER = 'Entente sample corpus';

export const isSampleText = (article: Pick<Article, 'publisher'>) => article.publisher === SAMPLE_PUBLISHER;

/** Said wherever a sample text is shown as a source, so no one takes it for a published article. */
export function SampleLabel({ className = '', compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span
      className={`inline-flex items-center rounded bg-violet-100 px-1.5 py-0.5 text-[11px] font-semibold text-violet-900 ring-1 ring-violet-300 ${className}`}
      title="Written for Entente's sample corpus from publicly reported facts; not a published article."
      data-testid="sample-label"
    >
      {compact ? 'Sample text' : 'Sample text · not a published article'}
      {compact && <span className="sr-only">, not a published article</span>}
    </span>
  );
}

/** The link to the original page; a sample text has none (its address is a placeholder). */
export function OriginalLink({ article, className }: { article: ArticleMeta; className: string }) {
  if (isSampleText(article)) return null;
  return (
    <a className={className} href={article.url} target="_blank" rel="noopener noreferrer">
      Original<span className="sr-only"> article at <bdi>{clipText(article.publisher, 120)}</bdi> (opens in a new tab)</span> ↗
    </a>
  );
}
