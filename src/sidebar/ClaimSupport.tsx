/**
 * A claim's backing, said in words: how many outlets, articles and mentions report it and
 * when, why its mentions are one claim; and, for a contested claim, both sides' quotes side
 * by side.
 */
import { useMemo } from 'react';
import { claimSupport, contestedOf } from '../model/claims';
import type { Graph, Relation } from '../model/schema';
import { STATUS_STYLES } from '../ui/styleConstants';
import { useStore } from '../state/store';
import { dateLabel, formatPublished, plural } from '../ui/format';
import { isSampleText, SampleLabel } from './ArticleByline';

function useArticles(graph: Graph) {
  return useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
}

/** "Reported by 2 outlets in 3 articles (4 mentions), first on 19 August 2023, last on 21 August 2023." */
export function supportSentence(s: ReturnType<typeof claimSupport>): string {
  const outlets = s.outlets.length ? `${plural(s.outlets.length, 'outlet')} (${s.outlets.join(', ')})` : 'an unknown outlet';
  const when =
    s.firstReported && s.lastReported && s.firstReported !== s.lastReported
      ? `, first on ${formatPublished(s.firstReported)}, last on ${formatPublished(s.lastReported)}`
      : s.firstReported
        ? `, on ${formatPublished(s.firstReported)}`
        : '';
  return `Reported by ${outlets} in ${plural(s.articles, 'article')} (${plural(s.mentions, 'mention')})${when}.`;
}

export function ClaimSupportNote({ relation, graph }: { relation: Relation; graph: Graph }) {
  const articles = useArticles(graph);
  if (graph.articles.length < 2 && relation.evidence.length < 2) return null;
  const support = claimSupport(relation, articles);
  return (
    <section aria-labelledby="support-title" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2.5 text-sm text-slate-700" data-testid="claim-support">
      <h3 id="support-title" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        Reporting
      </h3>
      <p className="mt-1">{supportSentence(support)}</p>
      {support.mentions > 1 && (
        <p className="mt-1 text-xs text-slate-600">
          One claim: every mention has the same kind, the same participants and the same status, and their dates are compatible (one lies within the
          other, or the mention is undated). Curators split or merge claims in <code>curation.json</code>.
        </p>
      )}
    </section>
  );
}

function Side({ title, relation, graph, onOpen }: { title: string; relation: Relation; graph: Graph; onOpen?: () => void }) {
  const articles = useArticles(graph);
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-2.5">
      <p className="text-xs font-semibold text-slate-800">
        {title}: {STATUS_STYLES[relation.status].label}
        {relation.date ? ` · ${dateLabel(relation.date)}` : ''}
      </p>
      <ul className="mt-1.5 space-y-2">
        {relation.evidence.slice(0, 3).map((ev, i) => {
          const article = articles.get(ev.article);
          return (
            <li key={i} className="text-[13px] leading-snug text-slate-900">
              <blockquote className="border-l-2 border-amber-400 pl-2">“{ev.quote}”</blockquote>
              {article && (
                <p className="mt-0.5 pl-2 text-[11px] text-slate-500">
                  {article.publisher} · {formatPublished(article.published)} {isSampleText(article) && <SampleLabel compact />}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {relation.evidence.length > 3 && <p className="mt-1 text-xs text-slate-500">and {relation.evidence.length - 3} more</p>}
      {onOpen && (
        <button type="button" onClick={onOpen} className="mt-2 text-xs font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900">
          Open this claim
        </button>
      )}
    </div>
  );
}

export function ContestedSides({ relation, graph }: { relation: Relation; graph: Graph }) {
  const updateView = useStore((s) => s.updateView);
  const others = contestedOf(graph.relations).get(relation.id);
  const byId = useMemo(() => new Map(graph.relations.map((r) => [r.id, r])), [graph]);
  if (!others?.length) return null;
  return (
    <section aria-labelledby="contested-title" className="mt-4" data-testid="contested">
      <h3 id="contested-title" className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        <span className="rounded-full bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900 ring-1 ring-rose-300">Contested</span>
        {relation.status === 'denied' ? 'Others report what this denies' : 'Denied by another claim'}
      </h3>
      {others.map((id) => {
        const other = byId.get(id);
        if (!other) return null;
        return (
          <div key={id} className="mt-2 grid grid-cols-2 gap-2">
            <Side title="This claim" relation={relation} graph={graph} />
            <Side title="The other side" relation={other} graph={graph} onOpen={() => updateView({ selected: { type: 'relation', id } })} />
          </div>
        );
      })}
    </section>
  );
}
