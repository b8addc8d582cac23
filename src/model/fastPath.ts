/**
 * The validator's fast path for the lists that grow with the data (entities, relations):
 * zod/mini spends ~4.5 µs on a relation, 1.4 s of a 300,000-relation file's opening, on items
 * that are almost always fine. With articles and the document around the lists (acceptGraph) it
 * also lets the page read a small, valid file without loading zod at all. These functions accept only an item the schema (schema.ts)
 * accepts, and give back exactly what the schema's parse gives (keys in the schema's order,
 * defaults filled in: the item itself when it is already so, as a file our writers made always is,
 * else a copy); for anything else, or anything they are unsure of (an
 * unknown key, a key set to undefined, an object that is not plain), they answer undefined and
 * the caller asks zod, which words the problem. A sufficient condition, never a second opinion:
 * fastPath.test.ts holds them to zod's answer on valid items and on thousands of broken ones.
 */
import type { Article, Entity, Evidence, Graph, Relation } from './schema';
import { isValidDatePoint } from './dates';
import { DATE_POINT_PATTERN, DAY_PATTERN, ENTITY_KINDS, LANGUAGE_PATTERN, MAX_NESTED_LIST, ORIGINS, RELATION_KINDS, SLUG_PATTERN, STATUSES } from './vocabulary';

type Fields = Record<string, unknown>;

const ENTITY_KEYS = new Set(['id', 'kind', 'name', 'aliases', 'country', 'offices', 'description', 'confidence']);
const RELATION_KEYS = new Set(['id', 'kind', 'participants', 'directed', 'actors', 'status', 'date', 'dateText', 'summary', 'evidence', 'origin', 'notes', 'confidence']);
const EVIDENCE_KEYS = new Set(['article', 'start', 'end', 'quote', 'speaker']);
const SPAN_KEYS = new Set(['start', 'end']);
const ARTICLE_KEYS = new Set(['id', 'title', 'publisher', 'agency', 'url', 'published', 'language', 'text']);
const GRAPH_KEYS = new Set(['version', 'articles', 'entities', 'relations']);

const isEntityKind = (v: unknown) => (ENTITY_KINDS as readonly unknown[]).includes(v);
const isRelationKind = (v: unknown) => (RELATION_KINDS as readonly unknown[]).includes(v);
const isStatus = (v: unknown) => (STATUSES as readonly unknown[]).includes(v);
const isOrigin = (v: unknown) => (ORIGINS as readonly unknown[]).includes(v);

const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG_PATTERN.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isPoint = (v: unknown): v is string => typeof v === 'string' && DATE_POINT_PATTERN.test(v) && isValidDatePoint(v);

/** An object literal's kind of object (no array, class instance or exotic prototype). */
export function isPlainObject(v: unknown): v is Fields {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A plain object whose keys are all known and none set to undefined (zod keeps such a key; we leave it to zod). */
export function plainWithOnly(v: unknown, keys: ReadonlySet<string>): v is Fields {
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) if (!keys.has(key) || (v as Fields)[key] === undefined) return false;
  return true;
}

/**
 * Whether the object's keys already stand in the schema's order (`order` lists every key the
 * schema knows, in the order its parse writes them). Such an object, with its defaults present,
 * is exactly what the parse gives back, and is kept instead of copied: at 300,000 relations the
 * copies were a third of the fast path's time and most of its garbage.
 */
function keysInOrder(v: Fields, order: readonly string[]): boolean {
  let at = 0;
  for (const key of Object.keys(v)) {
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) return false;
    at++;
  }
  return true;
}

const ENTITY_ORDER = ['id', 'kind', 'name', 'aliases', 'country', 'offices', 'description', 'confidence'];
const RELATION_ORDER = ['id', 'kind', 'participants', 'directed', 'actors', 'status', 'date', 'dateText', 'summary', 'evidence', 'origin', 'notes', 'confidence'];
const EVIDENCE_ORDER = ['article', 'start', 'end', 'quote', 'speaker'];
const ARTICLE_ORDER = ['id', 'title', 'publisher', 'agency', 'url', 'published', 'language', 'text'];

function textsOrUndefined(v: unknown, item: (x: unknown) => boolean): unknown[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_NESTED_LIST) return undefined;
  for (const x of v) if (!item(x)) return undefined;
  return v;
}

function dateValue(v: unknown): Relation['date'] | null {
  if (isPoint(v)) return v;
  if (!plainWithOnly(v, SPAN_KEYS) || !isPoint(v.start) || !isPoint(v.end) || !(v.start <= v.end)) return null;
  return keysInOrder(v, ['start', 'end']) ? (v as { start: string; end: string }) : { start: v.start, end: v.end };
}

function evidence(v: unknown): Evidence | undefined {
  if (!plainWithOnly(v, EVIDENCE_KEYS)) return undefined;
  const { article, start, end, quote, speaker } = v;
  if (!isSlug(article) || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || !isText(quote)) return undefined;
  if ((start as number) < 0 || (end as number) <= 0 || (end as number) <= (start as number)) return undefined;
  if ('speaker' in v && !isSlug(speaker)) return undefined;
  if (keysInOrder(v, EVIDENCE_ORDER)) return v as unknown as Evidence;
  const out: Evidence = { article, start: start as number, end: end as number, quote };
  if ('speaker' in v) out.speaker = speaker as string;
  return out;
}

/** The entity zod's EntitySchema would give back, or undefined to let zod decide. */
export function acceptEntity(v: unknown): Entity | undefined {
  if (!plainWithOnly(v, ENTITY_KEYS)) return undefined;
  if (!isSlug(v.id) || !isEntityKind(v.kind) || !isText(v.name)) return undefined;
  const aliases = 'aliases' in v ? textsOrUndefined(v.aliases, isText) : [];
  if (!aliases) return undefined;
  if ('country' in v && v.country !== null && !isSlug(v.country)) return undefined;
  const offices = 'offices' in v ? textsOrUndefined(v.offices, isText) : undefined;
  if ('offices' in v && !offices) return undefined;
  if ('description' in v && !isText(v.description)) return undefined;
  if ('confidence' in v && !isShare(v.confidence)) return undefined;
  if ('aliases' in v && keysInOrder(v, ENTITY_ORDER)) return v as unknown as Entity;
  const out: Fields = { id: v.id, kind: v.kind, name: v.name, aliases: aliases.slice() };
  if ('country' in v) out.country = v.country;
  if (offices) out.offices = offices.slice();
  if ('description' in v) out.description = v.description;
  if ('confidence' in v) out.confidence = v.confidence;
  return out as Entity;
}

/** The relation zod's RelationSchema would give back, or undefined to let zod decide. */
export function acceptRelation(v: unknown): Relation | undefined {
  if (!plainWithOnly(v, RELATION_KEYS)) return undefined;
  if (!isSlug(v.id) || !isRelationKind(v.kind) || typeof v.directed !== 'boolean' || !isStatus(v.status) || !isText(v.summary)) return undefined;
  const participants = textsOrUndefined(v.participants, isSlug);
  if (!participants || participants.length < 2) return undefined;
  if ('actors' in v && !(Number.isSafeInteger(v.actors) && (v.actors as number) >= 1)) return undefined;
  const date = 'date' in v ? dateValue(v.date) : undefined;
  if (date === null) return undefined;
  if ('dateText' in v && !isText(v.dateText)) return undefined;
  if (!Array.isArray(v.evidence) || v.evidence.length === 0 || v.evidence.length > MAX_NESTED_LIST) return undefined;
  const quotes: Evidence[] = [];
  let quotesKept = true;
  for (const item of v.evidence) {
    const e = evidence(item);
    if (!e) return undefined;
    quotes.push(e);
    quotesKept &&= e === item;
  }
  if ('origin' in v && !isOrigin(v.origin)) return undefined;
  const notes = 'notes' in v ? textsOrUndefined(v.notes, isText) : undefined;
  if ('notes' in v && !notes) return undefined;
  if ('confidence' in v && !isShare(v.confidence)) return undefined;
  if (quotesKept && 'origin' in v && date === v.date && keysInOrder(v, RELATION_ORDER)) return v as unknown as Relation;
  const out: Fields = { id: v.id, kind: v.kind, participants: participants.slice(), directed: v.directed };
  if ('actors' in v) out.actors = v.actors;
  out.status = v.status;
  if (date !== undefined) out.date = date;
  if ('dateText' in v) out.dateText = v.dateText;
  out.summary = v.summary;
  out.evidence = quotes;
  out.origin = 'origin' in v ? v.origin : 'manual';
  if (notes) out.notes = notes.slice();
  if ('confidence' in v) out.confidence = v.confidence;
  return out as Relation;
}

/**
 * An http(s) address zod's url({ protocol: /^https?$/ }) accepts and gives back unchanged: it
 * trims and strips tabs and line breaks, so an address with any white space goes to zod.
 */
function isPlainWebAddress(v: unknown): v is string {
  if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** The article zod's ArticleSchema would give back, or undefined to let zod decide. */
export function acceptArticle(v: unknown): Article | undefined {
  if (!plainWithOnly(v, ARTICLE_KEYS)) return undefined;
  if (!isSlug(v.id) || !isText(v.title) || !isText(v.publisher) || !isPlainWebAddress(v.url)) return undefined;
  if ('agency' in v && !isText(v.agency)) return undefined;
  if (typeof v.published !== 'string' || !DAY_PATTERN.test(v.published) || !isValidDatePoint(v.published)) return undefined;
  if (typeof v.language !== 'string' || !LANGUAGE_PATTERN.test(v.language)) return undefined;
  if ('text' in v && typeof v.text !== 'string') return undefined;
  if (keysInOrder(v, ARTICLE_ORDER)) return v as unknown as Article;
  const out: Fields = { id: v.id, title: v.title, publisher: v.publisher };
  if ('agency' in v) out.agency = v.agency;
  out.url = v.url;
  out.published = v.published;
  out.language = v.language;
  if ('text' in v) out.text = v.text;
  return out as Article;
}

function acceptAll<T>(items: unknown[], accept: (item: unknown) => T | undefined): T[] | undefined {
  const out: T[] = [];
  for (const item of items) {
    const accepted = accept(item);
    if (!accepted) return undefined;
    out.push(accepted);
  }
  return out;
}

/**
 * The whole document as the structural check would give it back, when the fast path vouches for
 * every item; undefined as soon as one item needs zod (validate.ts then checks and words it all).
 */
export function acceptGraph(v: unknown): Graph | undefined {
  if (!plainWithOnly(v, GRAPH_KEYS) || v.version !== 1) return undefined;
  const { articles, entities, relations } = v;
  if (!Array.isArray(articles) || !Array.isArray(entities) || !Array.isArray(relations)) return undefined;
  const a = acceptAll(articles, acceptArticle);
  const e = a && acceptAll(entities, acceptEntity);
  const r = e && acceptAll(relations, acceptRelation);
  return r ? { version: 1, articles: a, entities: e, relations: r } : undefined;
}
