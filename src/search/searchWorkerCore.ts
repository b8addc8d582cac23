/**
 * The search worker's side (search.worker.ts wraps it; tests drive it directly): it receives
 * the graph's searchable text in slices — names and aliases, relation summaries and quotes,
 * article titles and outlets — indexes the relations as they arrive, and answers each query
 * with positions (answer.ts's wire form). Queries that arrive while it is busy are not all
 * answered: only the newest, since the box has moved on from the others.
 */
import type { Article, Entity, Relation } from '../model/schema';
import { answerSearch, toWire, type SearchableGraph, type WireAnswer } from './answer';
import { loadFuzzy } from './fuzzy';
import { indexRelationTexts, prepareNames } from './search';

export type SearchEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'>;
export type SearchArticle = Pick<Article, 'id' | 'title' | 'publisher' | 'agency'>;
export type SearchRelation = { summary: string; quotes: string[] };

export type SearchRequest =
  /** A slice of the names; `last` on the final one, after which the names are indexed. */
  | { type: 'names'; entities: SearchEntity[]; articles: SearchArticle[]; last: boolean }
  | { type: 'relations'; relations: SearchRelation[] }
  | { type: 'query'; seq: number; query: string };

export type SearchReply = { type: 'answer'; seq: number; answer: WireAnswer };

/** What searching reads of a relation: its summary and its quotes. */
type RelationText = Pick<Relation, 'summary'> & { evidence: Array<{ quote: string }> };

export function createSearchWorkerCore(post: (reply: SearchReply, transfer: Transferable[]) => void, defer: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  const entities: SearchEntity[] = [];
  const articles: SearchArticle[] = [];
  const relations: RelationText[] = [];
  let newest: { seq: number; query: string } | undefined;

  // search.ts reads only these fields of each object; the worker never holds the rest of the graph.
  const graph = (): SearchableGraph => ({ entities, relations, articles }) as unknown as SearchableGraph;

  const answerNewest = () => {
    if (!newest) return;
    const { seq, query } = newest;
    if (answerSearch(graph(), query).typosPending) {
      // Only close spellings can answer it, and they are on their way: answer then (the newest
      // query by that time; one typed meanwhile takes this one's place).
      void loadFuzzy().then(() => defer(answerNewest));
      return;
    }
    newest = undefined;
    const answer = toWire(graph(), query);
    post({ type: 'answer', seq, answer }, [answer.matched.buffer]);
  };

  return (request: SearchRequest) => {
    if (request.type === 'names') {
      for (const e of request.entities) entities.push(e);
      for (const a of request.articles) articles.push(a);
      if (request.last) prepareNames(graph());
    } else if (request.type === 'relations') {
      // The same array grows: search.ts indexes per relations array, from where it stopped.
      for (const { summary, quotes } of request.relations) relations.push({ summary, evidence: quotes.map((quote) => ({ quote })) });
      indexRelationTexts(relations as unknown as Relation[]);
    } else {
      const wasWaiting = newest !== undefined;
      newest = { seq: request.seq, query: request.query };
      if (!wasWaiting) defer(answerNewest);
    }
  };
}
