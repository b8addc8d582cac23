/** Every quote behind a relation, verbatim, with where it comes from and a way to read it in context. */
import { useState } from 'react';
import type { Article, Entity, Evidence } from '../model/schema';
import { ArticleDialog } from './ArticleDialog';
import { entityName } from '../ui/format';
import { Byline, isSampleText, OriginalLink, SampleLabel } from './ArticleByline';
import { UserText } from '../ui/UserText';

interface Props {
  evidence: readonly Evidence[];
  articles: ReadonlyMap<string, Article>;
  entities: ReadonlyMap<string, Entity>;
  texts: ReadonlyMap<string, string>;
}

export function EvidenceList({ evidence, articles, entities, texts }: Props) {
  const [open, setOpen] = useState<Evidence | undefined>();
  const openArticle = open ? articles.get(open.article) : undefined;
  const openText = open ? texts.get(open.article) : undefined;

  return (
    <>
      <ol className="space-y-3">
        {evidence.map((ev, i) => {
          const article = articles.get(ev.article);
          return (
            <li key={i} className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
              <blockquote className="border-l-[3px] border-amber-400 pl-3 text-[15px] leading-snug text-slate-900">
                <p>“{ev.quote}”</p>
              </blockquote>
              {ev.speaker && (
                <p className="mt-1.5 pl-3 text-sm text-slate-600">
                  — {entityName(entities, ev.speaker)}
                </p>
              )}
              <div className="mt-2.5 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-slate-500">
                {article ? (
                  <cite className="min-w-0 basis-full not-italic">
                    <UserText className="font-medium text-slate-700" text={article.title} max={300} />
                    <span>
                      {' '}
                      · <Byline article={article} />
                    </span>
                    {isSampleText(article) && <SampleLabel className="ml-1.5" />}
                  </cite>
                ) : (
                  <span className="basis-full">Article {ev.article}</span>
                )}
                {article && texts.has(ev.article) && (
                  <button
                    type="button"
                    onClick={() => setOpen(ev)}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 font-medium text-slate-700 hover:bg-slate-50"
                  >
                    Show in article
                  </button>
                )}
                {article && (
                  <OriginalLink article={article} className="font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900" />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {open && openArticle && openText !== undefined && (
        <ArticleDialog article={openArticle} text={openText} evidence={open} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
