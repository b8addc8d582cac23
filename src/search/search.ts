/**
 * Entity search by name or alias, case- and accent-insensitive. Ranked in tiers so that
 * an exact alias ("NK", "DPRK", "Pyeongyang") beats an accidental substring ("Ryzhe-nk-ov"):
 *   0 exact name/alias · 1 name/alias starts with the query · 2 a word starts with it ·
 *   3 substring (queries of 3+ characters) · 4 fuzzy, through fuse.js (4+ characters, only
 *   when nothing better matched — it catches typos such as "Lukashenka").
 */
import type Fuse from 'fuse.js';
import type { Article, Entity, Graph, Relation } from '../model/schema';
import capitalData from './capitals.json';
import { whileIdle } from '../perf/idle';
import { fuseIfLoaded, typosPending, type Fuse as FuseClass } from './fuzzy';

const CAPITALS: Record<string, string[]> = capitalData.capitals;

/** The names an entity is found by: its own, its aliases and, for a country, its capital ("Minsk" finds Belarus). */
export function searchFormsOf(entity: Entity): string[] {
  const capitals = entity.kind === 'country' ? (CAPITALS[entity.id] ?? []) : [];
  return [entity.name, ...entity.aliases, ...capitals.filter((c) => !entity.aliases.includes(c))];
}

export interface SearchMatch {
  entity: Entity;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  tier: 0 | 1 | 2 | 3 | 4;
}

/** Lower case, accents stripped, punctuation and hyphens folded to single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tierOf(form: string, q: string): SearchMatch['tier'] | undefined {
  const at = form.indexOf(q);
  if (at < 0) return undefined;
  if (form === q) return 0;
  if (at === 0) return 1;
  // Where a word begins: the query starts one of the form's words (or a run of them).
  if (form.includes(` ${q}`)) return 2;
  if (q.length >= 3) return 3;
  return undefined;
}

/** Each entity's search forms, as written and normalized, once per entity list: a keystroke normalizes only the query. */
function formsOf(entities: readonly Entity[]): ReadonlyArray<{ entity: Entity; forms: ReadonlyArray<{ text: string; form: string }> }> {
  let forms = formsCache.get(entities);
  if (!forms) {
    forms = entities.map((entity) => ({ entity, forms: searchFormsOf(entity).map((text) => ({ text, form: normalize(text) })) }));
    formsCache.set(entities, forms);
  }
  return forms;
}
const formsCache = new WeakMap<readonly Entity[], ReturnType<typeof formsOf>>();

type FuzzyDoc = { entity: Entity; form: string; text: string };
type FuzzyIndex = { all?: Fuse<FuzzyDoc>; byInitial: Map<string, Fuse<FuzzyDoc>>; docs: FuzzyDoc[] };
const fuzzyCache = new WeakMap<readonly Entity[], FuzzyIndex>();
/**
 * Forms above which fuzzy matching looks only among forms with a word starting with the query's
 * first letter: a typo is rarely in the first letter, and Fuse over the 40,000 forms of a 20,000-
 * entity graph took 200-300 ms a keystroke (a fifth of that per letter).
 */
export const FUZZY_ALL_FORMS = 5000;
const fuseOf = (Fuse: FuseClass, docs: FuzzyDoc[]) => new Fuse(docs, { keys: ['form'], threshold: 0.3, ignoreLocation: true, includeScore: true });
const hasWordStartingWith = (form: string, initial: string) => form.startsWith(initial) || form.includes(` ${initial}`);

/** Fuse over the forms a fuzzy query can match: all of them, or in a large graph those with a word starting with its initial. */
function fuseFor(Fuse: FuseClass, entities: readonly Entity[], q: string): Fuse<FuzzyDoc> {
  let index = fuzzyCache.get(entities);
  if (!index) {
    const docs = formsOf(entities).flatMap(({ entity, forms }) => forms.map(({ text, form }) => ({ entity, text, form })));
    index = { docs, byInitial: new Map(), all: docs.length <= FUZZY_ALL_FORMS ? fuseOf(Fuse, docs) : undefined };
    fuzzyCache.set(entities, index);
  }
  if (index.all) return index.all;
  const initial = q[0];
  let fuse = index.byInitial.get(initial);
  if (!fuse) {
    fuse = fuseOf(Fuse, index.docs.filter((d) => hasWordStartingWith(d.form, initial)));
    index.byInitial.set(initial, fuse);
  }
  return fuse;
}

/**
 * The search box's list and the graph's matches ask the same question on every keystroke: the
 * last answer per entity list is kept, so the 20,000 entities of a large graph are scanned once.
 */
const lastEntitySearch = new WeakMap<readonly Entity[], { q: string; matches: SearchMatch[] }>();

export function searchEntities(entities: readonly Entity[], query: string, limit = Infinity): SearchMatch[] {
  const all = entitySearch(entities, query).matches;
  return limit < all.length ? all.slice(0, limit) : all.slice();
}

/**
 * The entities a query matches, best first; `typosPending` when nothing matched as written and
 * the typo tier (fuzzy.ts) has not arrived yet: the answer is then not kept, and is asked again.
 */
export function entitySearch(entities: readonly Entity[], query: string): { matches: readonly SearchMatch[]; typosPending: boolean } {
  const q = normalize(query);
  if (!q) return { matches: [], typosPending: false };
  const last = lastEntitySearch.get(entities);
  if (last?.q === q) return { matches: last.matches, typosPending: false };
  const ranked = rankEntities(entities, q);
  if (!ranked.typosPending) lastEntitySearch.set(entities, { q, matches: ranked.matches });
  return ranked;
}

function rankEntities(entities: readonly Entity[], q: string): { matches: SearchMatch[]; typosPending: boolean } {
  const best = new Map<string, SearchMatch>();
  for (const { entity, forms } of formsOf(entities)) {
    for (const { text, form } of forms) {
      const tier = tierOf(form, q);
      const prev = best.get(entity.id);
      if (tier !== undefined && (!prev || tier < prev.tier)) best.set(entity.id, { entity, matched: text, tier });
    }
  }
  let pending = false;
  if (best.size === 0 && q.length >= 4) {
    const Fuse = fuseIfLoaded();
    pending = !Fuse && typosPending();
    for (const hit of Fuse ? fuseFor(Fuse, entities, q).search(q) : []) {
      if (!best.has(hit.item.entity.id)) best.set(hit.item.entity.id, { entity: hit.item.entity, matched: hit.item.text, tier: 4 });
    }
  }
  const order = new Map(entities.map((e, i) => [e.id, i]));
  const matches = [...best.values()].sort((a, b) => a.tier - b.tier || (order.get(a.entity.id) ?? 0) - (order.get(b.entity.id) ?? 0));
  return { matches, typosPending: pending };
}

export interface RelationMatch {
  relation: Relation;
  /** Index of the first quote holding every query word, or -1 when only the summary does. */
  evidence: number;
}

export interface ArticleMatch {
  article: Article;
}

/** The query's words, normalized; words of one letter are dropped (they match everything). */
export function queryWords(query: string): string[] {
  return normalize(query).split(' ').filter((w) => w.length > 1);
}

/** Whether every query word starts a word of the (normalized) text. */
function holdsWords(normalized: string, words: string[]): boolean {
  const padded = ` ${normalized}`;
  return words.every((w) => padded.includes(` ${w}`));
}

type RelationText = { summary: string; quotes: string[] };
/** Normalized summaries and quotes, filled in order; complete when its length is the relations'. */
const relationTexts = new WeakMap<readonly Relation[], RelationText[]>();

const textOf = (r: Relation): RelationText => ({ summary: normalize(r.summary), quotes: r.evidence.map((e) => normalize(e.quote)) });

/**
 * Relations by the first three letters of each word of their summary and quotes, filled with
 * the texts: a query word of three letters or more can only match a relation listed under its
 * own first three, so a keystroke checks those instead of every relation (60,000 at XL).
 */
const PREFIX = 3;
const wordIndexes = new WeakMap<readonly Relation[], Map<string, number[]>>();

function indexWords(index: Map<string, number[]>, text: RelationText, i: number) {
  const add = (t: string) => {
    for (const word of t.split(' ')) {
      if (word.length < PREFIX) continue;
      const prefix = word.slice(0, PREFIX);
      const list = index.get(prefix);
      // Relations are indexed in order, so a repeat within this one is the list's last entry.
      if (!list) index.set(prefix, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  };
  add(text.summary);
  text.quotes.forEach(add);
}

/** The normalized texts of the relations up to `end` (the rest waits for a later call), indexed as they are made. */
function fillTexts(relations: readonly Relation[], end = relations.length): RelationText[] {
  let texts = relationTexts.get(relations);
  if (!texts) relationTexts.set(relations, (texts = []));
  let index = wordIndexes.get(relations);
  if (!index) wordIndexes.set(relations, (index = new Map()));
  for (let i = texts.length; i < Math.min(end, relations.length); i++) {
    const text = textOf(relations[i]);
    texts.push(text);
    indexWords(index, text, i);
  }
  return texts;
}

/** The relations a query could match (ascending indices), or undefined when every one must be checked (no word of three letters). */
function candidatesFor(relations: readonly Relation[], words: string[]): readonly number[] | undefined {
  const index = wordIndexes.get(relations)!;
  let best: readonly number[] | undefined;
  for (const w of words) {
    if (w.length < PREFIX) continue;
    const list = index.get(w.slice(0, PREFIX)) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  return best;
}

/** All of them: whatever the background preparation has not reached yet is done now. */
const textsOf = (relations: readonly Relation[]) => fillTexts(relations);

/** Normalizes the entities' names and the articles' titles now (the search worker, when the graph arrives). */
export function prepareNames(graph: Pick<Graph, 'entities' | 'articles'>): void {
  formsOf(graph.entities);
  articleTextsOf(graph.articles);
}

/** Normalizes and indexes the relations' search texts now (the search worker, as its slices arrive). */
export function indexRelationTexts(relations: readonly Relation[]): void {
  fillTexts(relations);
}

/** Relations normalized and indexed per slice while the page is idle (~25 ms at XL). */
const PREPARE_SLICE = 1000;

/**
 * Normalizes and indexes the graph's search texts in small slices after the graph is shown, so
 * the first keystroke finds them ready: at 60,000 relations that is over a second of work, which
 * in one piece would be the longest task of the session. Returns a function that stops it.
 */
export function prepareSearch(graph: Pick<Graph, 'entities' | 'relations'> & Partial<Pick<Graph, 'articles'>>): () => void {
  return whileIdle(() => {
    formsOf(graph.entities);
    if (graph.articles) articleTextsOf(graph.articles);
    const done = fillTexts(graph.relations, (relationTexts.get(graph.relations)?.length ?? 0) + PREPARE_SLICE).length;
    return done < graph.relations.length;
  });
}

/** Relations whose summary or quotes hold every word of the query (queries of 3+ characters). */
export function searchRelations(graph: Pick<Graph, 'relations'>, query: string, limit = Infinity): RelationMatch[] {
  const words = queryWords(query);
  if (!words.length || normalize(query).length < 3) return [];
  const texts = textsOf(graph.relations);
  const candidates = candidatesFor(graph.relations, words);
  const out: RelationMatch[] = [];
  const count = candidates ? candidates.length : graph.relations.length;
  for (let k = 0; k < count && out.length < limit; k++) {
    const i = candidates ? candidates[k] : k;
    const t = texts[i];
    const evidence = t.quotes.findIndex((q) => holdsWords(q, words));
    if (evidence >= 0 || holdsWords(t.summary, words)) out.push({ relation: graph.relations[i], evidence });
  }
  return out;
}

/** Articles' titles, publishers and agencies, normalized once per article list (10,000 at XL). */
const articleTexts = new WeakMap<readonly Article[], string[]>();
function articleTextsOf(articles: readonly Article[]): string[] {
  let texts = articleTexts.get(articles);
  if (!texts) articleTexts.set(articles, (texts = articles.map((a) => normalize(`${a.title} ${a.publisher} ${a.agency ?? ''}`))));
  return texts;
}

/** Articles whose title, publisher or agency hold every word of the query. */
export function searchArticles(graph: Pick<Graph, 'articles'>, query: string, limit = Infinity): ArticleMatch[] {
  const words = queryWords(query);
  if (!words.length) return [];
  const texts = articleTextsOf(graph.articles);
  const out: ArticleMatch[] = [];
  for (let i = 0; i < graph.articles.length && out.length < limit; i++) if (holdsWords(texts[i], words)) out.push({ article: graph.articles[i] });
  return out;
}

/**
 * The parts of a quote, with the words that begin with a query word marked, for highlighting
 * ("… [Minsk] and [Pyongyang] …"). Matching folds case and accents like the search does.
 */
export function markQueryWords(text: string, query: string): Array<{ text: string; mark: boolean }> {
  const words = queryWords(query);
  if (!words.length) return [{ text, mark: false }];
  const parts: Array<{ text: string; mark: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalize(m[0]);
    if (!words.some((w) => word.startsWith(w))) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index!), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
