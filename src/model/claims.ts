/**
 * What backs a claim, read from its evidence: how many mentions, articles and independent
 * outlets, and when it was first and last reported; and which claims contest each other.
 * Derived, never stored: the graph file holds the quotes, and these follow from them.
 * Zod-free and pure, shared by the details panel, the filters and the canvas.
 */
import { dateInterval, type DateLike, type DayInterval } from './dates';
import type { Article, Relation } from './schema';

type ArticleInfo = Pick<Article, 'id' | 'publisher' | 'agency' | 'published'>;

/** A wire story republished by several papers is one outlet: its agency. */
export function outletOf(article: Pick<Article, 'publisher' | 'agency'>): string {
  return article.agency ?? article.publisher;
}

export interface ClaimSupport {
  mentions: number;
  articles: number;
  /** Independent outlets, sorted. */
  outlets: string[];
  firstReported?: string;
  lastReported?: string;
}

export function claimSupport(relation: Pick<Relation, 'evidence'>, articles: ReadonlyMap<string, ArticleInfo>): ClaimSupport {
  const ids = new Set(relation.evidence.map((e) => e.article));
  const outlets = new Set<string>();
  let first: string | undefined;
  let last: string | undefined;
  for (const id of ids) {
    const a = articles.get(id);
    if (!a) continue;
    outlets.add(outletOf(a));
    if (!first || a.published < first) first = a.published;
    if (!last || a.published > last) last = a.published;
  }
  return { mentions: relation.evidence.length, articles: ids.size, outlets: [...outlets].sort(), firstReported: first, lastReported: last };
}

const outletCache = new WeakMap<readonly Relation[], WeakMap<readonly ArticleInfo[], Map<string, number>>>();

/**
 * How many independent outlets back each relation that more than one backs (for line weight and
 * the "at least N" filter); a relation not in the map has one. Once per relation and article
 * list: the filters panel and the reporting filter both ask. Most claims have one outlet, and a
 * map entry for each of 300,000 relations made this an 85 ms task. Shared: read it, never change it.
 */
export function outletCounts(relations: readonly Relation[], articles: readonly ArticleInfo[]): Map<string, number> {
  let byArticles = outletCache.get(relations);
  if (!byArticles) outletCache.set(relations, (byArticles = new WeakMap()));
  let counts = byArticles.get(articles);
  if (!counts) byArticles.set(articles, (counts = countOutlets(relations, articles)));
  return counts;
}

const outletByArticle = (articles: readonly ArticleInfo[]) => new Map(articles.map((a) => [a.id, outletOf(a)]));

/**
 * Whether any relation is backed by two or more independent outlets: the legend asks only this,
 * and the first relation that is answers it (the full counts cost 0.1 s at 300,000 relations).
 */
export function anyCorroborated(relations: readonly Relation[], articles: readonly ArticleInfo[]): boolean {
  let outlet: Map<string, string> | undefined;
  for (const r of relations) {
    if (r.evidence.length < 2) continue;
    outlet ??= outletByArticle(articles);
    const first = outlet.get(r.evidence[0].article) ?? r.evidence[0].article;
    if (r.evidence.some((e) => (outlet!.get(e.article) ?? e.article) !== first)) return true;
  }
  return false;
}

function countOutlets(relations: readonly Relation[], articles: readonly ArticleInfo[]): Map<string, number> {
  let outlet: Map<string, string> | undefined;
  const out = new Map<string, number>();
  for (const r of relations) {
    if (r.evidence.length < 2) continue;
    outlet ??= outletByArticle(articles);
    const n = new Set(r.evidence.map((e) => outlet!.get(e.article) ?? e.article)).size;
    if (n > 1) out.set(r.id, n);
  }
  return out;
}

const ASSERTING = new Set(['reported', 'intent']);

/** Kind and participants as a set: the same claim whoever is named first. */
function claimKey(r: Relation): string {
  const p = r.participants;
  if (p.length === 2) return p[0] <= p[1] ? `${r.kind}|${p[0]},${p[1]}` : `${r.kind}|${p[1]},${p[0]}`;
  return `${r.kind}|${[...p].sort().join(',')}`;
}

const daysOf = (date: DateLike | undefined) => (date === undefined ? undefined : dateInterval(date));

/** Undated claims may be about any day, so they overlap everything. */
function sharesADay(x: DayInterval | undefined, y: DayInterval | undefined): boolean {
  return !x || !y || (x.first <= y.last && y.first <= x.last);
}

/**
 * Claims that contest each other: one side reports (or states an intent to) what the other
 * denies, with the same kind and participants (as a set) and overlapping dates. Returns, for
 * every contested relation, the ids of the relations on the other side.
 */
export function contestedPairs(relations: readonly Relation[]): Map<string, string[]> {
  return finish(contestedPairsInSteps(relations, Infinity));
}

/**
 * contestedPairs as work that can stop and resume: it pauses (yields) after each `slice`
 * relations, so that a page can spread it over idle moments (200 ms in one piece at 300,000
 * relations); the map is the generator's return value.
 */
export function* contestedPairsInSteps(relations: readonly Relation[], slice = 50_000): Generator<void, Map<string, string[]>, void> {
  // Denials are few: only the claims that share a denial's kind and participants are gathered.
  const byKey = new Map<string, { asserted: Relation[]; denied: Relation[] }>();
  // Units of work (a relation looked at, a pair compared) since the last pause.
  let work = 0;
  for (const r of relations) {
    if (++work >= slice) {
      work = 0;
      yield;
    }
    if (r.status !== 'denied') continue;
    const key = claimKey(r);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { asserted: [], denied: [] }));
    entry.denied.push(r);
  }
  const out = new Map<string, string[]>();
  if (!byKey.size) return out;
  for (const r of relations) {
    if (++work >= slice) {
      work = 0;
      yield;
    }
    if (ASSERTING.has(r.status)) byKey.get(claimKey(r))?.asserted.push(r);
  }
  const link = (a: string, b: string) => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  };
  for (const { asserted, denied } of byKey.values()) {
    // Each side's dates worked out once per group, not once per pair: a busy pair of countries has hundreds of each.
    const assertedDays = asserted.map((a) => daysOf(a.date));
    for (const d of denied) {
      work += asserted.length;
      if (work >= slice) {
        work = 0;
        yield;
      }
      const deniedDays = daysOf(d.date);
      asserted.forEach((a, i) => {
        if (!sharesADay(assertedDays[i], deniedDays)) return;
        link(a.id, d.id);
        link(d.id, a.id);
      });
    }
  }
  return out;
}

function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const contestedCache = new WeakMap<readonly Relation[], Map<string, string[]>>();
const contestedUnderWay = new WeakMap<readonly Relation[], Generator<void, Map<string, string[]>, void>>();

/** contestedPairs, computed once per relation list (the graph's list never changes once loaded). */
export function contestedOf(relations: readonly Relation[]): Map<string, string[]> {
  let pairs = contestedCache.get(relations);
  if (!pairs) {
    // Work begun in idle steps (advanceContested) is finished, not started again.
    pairs = finish(contestedUnderWay.get(relations) ?? contestedPairsInSteps(relations, Infinity));
    contestedCache.set(relations, pairs);
    contestedUnderWay.delete(relations);
  }
  return pairs;
}

/** One slice of contestedOf's work, for an idle step; true while more is left. */
export function advanceContested(relations: readonly Relation[], slice = 50_000): boolean {
  if (contestedCache.has(relations)) return false;
  let steps = contestedUnderWay.get(relations);
  if (!steps) contestedUnderWay.set(relations, (steps = contestedPairsInSteps(relations, slice)));
  const step = steps.next();
  if (!step.done) return true;
  contestedCache.set(relations, step.value);
  contestedUnderWay.delete(relations);
  return false;
}
