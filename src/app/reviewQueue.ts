/**
 * The review queue, pure: which extracted relation to show next, the draft a curator makes of
 * it with single keys, the curation.json entry that draft becomes, and how an undo puts the
 * file back. The Review dialog (Review.tsx) holds the state and talks to the server.
 *
 * A relation is decided when curation.json has an entry matching its id. Relations are
 * matched on the extracted id, which is also their id in the graph until a curator renames
 * them (set.id) — and a renamed one is curated, so it is decided too. Hand-added relations
 * were never proposed by the extractor and are not reviewed.
 */
import type { DateValue, Entity, Graph, Relation, RelationKind, Status } from '../model/schema';
import { decidedApart, distinctPairs, resolveEntities, type PossibleMerge } from '../extract/entityMerge';
import { isValidDatePoint } from '../model/dates';
import { DIRECTED_KINDS, RELATION_KINDS, STATUSES } from '../model/vocabulary';

/** The extractor gives 0.6 to relations it marks unsure and 0.75 or more to the rest (src/extract/extract.ts). */
export const UNSURE_BELOW = 0.7;

export const isUnsure = (r: Pick<Relation, 'confidence'>): boolean => r.confidence !== undefined && r.confidence < UNSURE_BELOW;

/** The ids curation.json has decided about (its relation entries' `match`). */
export function decidedMatches(curation: { relations?: unknown }): Set<string> {
  const entries = Array.isArray(curation.relations) ? curation.relations : [];
  // A relation whose id a curator pinned is shown under that id: it counts as decided under both.
  return new Set(
    entries.flatMap((e) => {
      if (typeof e !== 'object' || e === null) return [];
      const { match, set } = e as { match?: unknown; set?: { id?: unknown } };
      return [match, set?.id].filter((x): x is string => typeof x === 'string');
    }),
  );
}

export interface QueueState {
  decided: ReadonlySet<string>;
  /** Skipped this session, oldest first: they come after every relation not skipped, in that order. */
  skipped: readonly string[];
  /** Shown first whatever its rank (the relation an undo just reopened). */
  front?: string;
}

/**
 * The relations still to review, in the order they are shown: the one an undo reopened, then
 * those the extractor was unsure of, then the rest (each in graph order), then the skipped ones
 * in the order they were skipped.
 */
export function reviewQueue(relations: readonly Relation[], state: QueueState): Relation[] {
  const open = relations.filter((r) => r.origin === 'extracted' && !state.decided.has(r.id));
  const skipRank = new Map(state.skipped.map((id, i) => [id, i]));
  const rank = (r: Relation) => (r.id === state.front ? -1 : skipRank.has(r.id) ? 2 + skipRank.get(r.id)! : isUnsure(r) ? 0 : 1);
  return open.map((r, i) => ({ r, i, rank: rank(r) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.r);
}

/** "12 of 31 reviewed": every decision in the file counts, and every relation still open. */
export function progress(decided: ReadonlySet<string>, open: number): { reviewed: number; total: number } {
  return { reviewed: decided.size, total: decided.size + open };
}

/** What the curator has changed of the relation shown, before saving. */
export interface Draft {
  kind: RelationKind;
  status: Status;
  directed: boolean;
  participants: string[];
  /** Leading participants that act, when more than one ("Egypt and Turkey → Somalia"). */
  actors?: number;
  /** The event's date as the curator gives it; null when the source gives none. */
  date: DateValue | null;
  /** Entities the curator added as participants that the data set did not have. */
  added?: NewEntity[];
}

export interface NewEntity {
  id: string;
  kind: 'person' | 'organization' | 'place';
  name: string;
}

const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A participant the data set does not have yet: a new entity, with an id no other entity uses. */
export function addNewParticipant(d: Draft, name: string, kind: NewEntity['kind'], taken: ReadonlySet<string>): Draft {
  const base = slugOf(name) || kind;
  let id = base;
  for (let i = 2; taken.has(id) || d.added?.some((a) => a.id === id); i++) id = `${base}-${i}`;
  return { ...addParticipant(d, id), added: [...(d.added ?? []), { id, kind, name: name.trim() }] };
}

/** The entities entries that add a draft's new participants, those it still uses. */
export function newEntityEntries(d: Draft, today: string): Array<Record<string, unknown>> {
  return (d.added ?? []).filter((a) => d.participants.includes(a.id)).map((a) => ({ id: a.id, add: true, kind: a.kind, name: a.name, note: `added in review on ${today}` }));
}

export const draftOf = (r: Relation): Draft => ({ kind: r.kind, status: r.status, directed: r.directed, participants: [...r.participants], ...(r.actors ? { actors: r.actors } : {}), date: r.date ?? null });

/**
 * A date typed by a curator, kept at the precision typed: "2024", "2024-07", "2024-07-23", a span
 * "2024-07-22 to 2024-07-24" (or with "–", "..", "/"), or nothing for no date.
 */
export function parseDateInput(input: string): { ok: true; date: DateValue | null } | { ok: false; error: string } {
  const text = input.trim();
  if (!text) return { ok: true, date: null };
  const parts = text.split(/\s*(?:\bto\b|–|—|\.\.|\/)\s*/).filter(Boolean);
  const bad = parts.find((p) => !isValidDatePoint(p));
  if (parts.length > 2 || bad !== undefined) return { ok: false, error: `“${bad ?? text}” is not a date: write 2024, 2024-07 or 2024-07-23, or two of them with “to”.` };
  if (parts.length === 1) return { ok: true, date: parts[0] };
  const [start, end] = parts;
  if (start > end) return { ok: false, error: `The span ends (${end}) before it starts (${start}).` };
  return { ok: true, date: start === end ? start : { start, end } };
}

/** The date as a curator would type it back. */
export const dateInputText = (date: DateValue | null): string => (date === null ? '' : typeof date === 'string' ? date : `${date.start} to ${date.end}`);

/** A participant added (at the end, a target when directed) or taken away; a relation keeps two or more. */
export function addParticipant(d: Draft, id: string): Draft {
  return d.participants.includes(id) ? d : { ...d, participants: [...d.participants, id] };
}

export function removeParticipant(d: Draft, id: string): Draft {
  if (!d.participants.includes(id) || d.participants.length <= 2) return d;
  const at = d.participants.indexOf(id);
  const participants = d.participants.filter((p) => p !== id);
  // Taking away one of several actors shrinks the acting side; it always leaves a target.
  const acting = d.actors && at < d.actors ? d.actors - 1 : d.actors;
  const { actors: _old, ...rest } = d;
  void _old;
  return { ...rest, participants, ...(acting && acting > 1 && acting < participants.length ? { actors: acting } : {}) };
}

/** Entities whose name or an alias begins a word with what was typed, best first (a name's start before a later word). */
export function entityMatches(entities: readonly Entity[], typed: string, limit = 8): Entity[] {
  const q = fold(typed.trim());
  if (!q) return [];
  const score = (e: Entity) => {
    const forms = [e.name, ...e.aliases].map(fold);
    if (forms.some((f) => f === q)) return 0;
    if (forms.some((f) => f.startsWith(q))) return 1;
    if (forms.some((f) => f.split(/[\s-]+/).some((w) => w.startsWith(q)))) return 2;
    return 3;
  };
  return entities
    .map((e) => ({ e, s: score(e) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.e.name.localeCompare(b.e.name))
    .slice(0, limit)
    .map((x) => x.e);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The acting side and the targets of a directed draft. */
export function sidesOf(d: Pick<Draft, 'participants' | 'actors' | 'directed'>): { actors: string[]; targets: string[] } {
  const n = d.directed ? d.actors ?? 1 : 0;
  return { actors: d.participants.slice(0, n), targets: d.participants.slice(n) };
}

const cycle = <T>(list: readonly T[], value: T): T => list[(list.indexOf(value) + 1) % list.length];

/** The next kind; a kind that is usually directed (support, conflict, role) is drawn with its arrow. */
export function cycleKind(d: Draft): Draft {
  const kind = cycle(RELATION_KINDS, d.kind);
  return { ...d, kind, directed: DIRECTED_KINDS.has(kind) };
}

export const cycleStatus = (d: Draft): Draft => ({ ...d, status: cycle(STATUSES, d.status) });

/**
 * The direction turns round: with one actor, the first two participants change places; with an
 * acting side of several, the sides do. Undirected relations have no direction to swap.
 */
export function swapDirection(d: Draft): Draft {
  if (!d.directed || d.participants.length < 2) return d;
  if ((d.actors ?? 1) > 1) {
    const { actors, targets } = sidesOf(d);
    const { actors: _previous, ...rest } = d;
    void _previous;
    return { ...rest, participants: [...targets, ...actors], ...(targets.length > 1 ? { actors: targets.length } : {}) };
  }
  const [a, b, ...rest] = d.participants;
  return { ...d, participants: [b, a, ...rest] };
}

/** The fields of the draft that differ from the relation, as curation.json's `set`. */
export function changes(r: Relation, d: Draft): Partial<Draft> {
  const set: Partial<Draft> = {};
  if (d.kind !== r.kind) set.kind = d.kind;
  if (d.status !== r.status) set.status = d.status;
  if (d.directed !== r.directed) set.directed = d.directed;
  if (d.participants.join(' ') !== r.participants.join(' ')) set.participants = d.participants;
  if ((d.actors ?? 1) !== (r.actors ?? 1)) set.actors = d.actors ?? 1;
  if (JSON.stringify(d.date) !== JSON.stringify(r.date ?? null)) set.date = d.date;
  return set;
}

export interface Decision {
  match: string;
  quote?: string;
  action: 'edit' | 'reject';
  reason: string;
  set?: Partial<Draft>;
}

/**
 * The curation.json entry for a verdict on `r`. Accepting as extracted is an edit that sets
 * nothing (the relation stays "extracted"); accepting with changes sets only what changed. The
 * reason says what was done and on which day: the file keeps dated decisions, not who made them.
 */
export function decisionFor(r: Relation, d: Draft, verdict: 'accept' | 'reject', today: string): Decision {
  const quote = r.evidence[0]?.quote;
  const base = { match: r.id, ...(quote ? { quote } : {}) };
  if (verdict === 'reject') return { ...base, action: 'reject', reason: `rejected in review on ${today}` };
  const set = changes(r, d);
  if (!Object.keys(set).length) return { ...base, action: 'edit', reason: `accepted in review on ${today}` };
  return { ...base, action: 'edit', reason: `corrected in review on ${today}`, set };
}

type RawCuration = Record<string, unknown>;
const entriesOf = (c: RawCuration): unknown[] => (Array.isArray(c.relations) ? c.relations : []);
const isFor = (e: unknown, match: string) => typeof e === 'object' && e !== null && (e as { match?: unknown }).match === match;

/**
 * curation.json with the decision about `match` taken back: its entries replaced by those it
 * had before (none, for a relation reviewed for the first time). Everything else stays as is.
 */
export function undoDecision(current: RawCuration, match: string, before: readonly unknown[]): RawCuration {
  return { ...current, relations: [...entriesOf(current).filter((e) => !isFor(e, match)), ...before] };
}

export const entriesFor = (c: RawCuration, match: string): unknown[] => entriesOf(c).filter((e) => isFor(e, match));

/**
 * The quote inside its paragraph: the text from the blank line (or line break) before the
 * quote to the one after it, cut to about `room` characters either side at word boundaries.
 */
export function quoteInContext(text: string, start: number, end: number, room = 400): { before: string; quote: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  let from = lineStart;
  let to = lineEnd;
  if (start - from > room) from = text.indexOf(' ', start - room) + 1 || start - room;
  if (to - end > room) to = text.lastIndexOf(' ', end + room) > end ? text.lastIndexOf(' ', end + room) : end + room;
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < lineEnd ? '…' : ''),
  };
}

// ---- possible merges of entities ---------------------------------------------------------

/**
 * The entities that may be one (across articles: "Modi" / "Narendra Modi", namesakes of two
 * countries, spellings a letter apart), as the extractor's resolution finds them in the graph
 * shown, less those the curator already said are distinct. Merged ones are gone from the graph.
 */
export function mergeQuestions(graph: Pick<Graph, 'entities' | 'relations'>, curation: RawCuration, limit = 1500): PossibleMerge[] {
  // The pairwise comparison is quadratic (180 ms at 1,000 entities here): larger generated sets are not asked about.
  if (graph.entities.length > limit) return [];
  const entries = Array.isArray(curation.entities) ? (curation.entities as Array<{ id: string; distinct?: string[] }>).filter((e) => typeof e?.id === 'string') : [];
  const apart = distinctPairs(entries);
  // Merged in the file but not yet in the graph shown (the server is still rebuilding): already answered.
  const merged = new Set(entityEntries(curation).flatMap((e) => (Array.isArray(e.merge) ? (e.merge as string[]) : [])));
  return resolveEntities(graph.entities, graph.relations).possible.filter((p) => !decidedApart(p.ids, apart) && !p.ids.some((id) => merged.has(id)));
}

const entityEntries = (c: RawCuration): Array<Record<string, unknown>> => (Array.isArray(c.entities) ? (c.entities as Array<Record<string, unknown>>) : []);

/**
 * curation.json with the question answered: "merge" folds the others into the first (the
 * entity most relations point at), "apart" records them as distinct so the question is not
 * asked again. The entry of the first entity is extended when it has one.
 */
export function answerMerge(curation: RawCuration, q: Pick<PossibleMerge, 'ids'>, answer: 'merge' | 'apart', today: string): RawCuration {
  const [keep, ...others] = q.ids;
  const field = answer === 'merge' ? 'merge' : 'distinct';
  const entries = entityEntries(curation);
  const at = entries.findIndex((e) => e.id === keep && !e.add);
  const note = `${answer === 'merge' ? 'merged' : 'kept apart'} in review on ${today}`;
  const next =
    at >= 0
      ? entries.map((e, i) => (i === at ? { ...e, [field]: [...new Set([...((e[field] as string[] | undefined) ?? []), ...others])] } : e))
      : [...entries, { id: keep, [field]: others, note }];
  return { ...curation, entities: next };
}

// ---- entities the extractor was unsure of ------------------------------------------------

/** Entities the extractor doubted ("named without a title"), less those a curator has answered for. */
export function unsureEntities(graph: Pick<Graph, 'entities'>, curation: RawCuration): Entity[] {
  // Only an answer to the doubt counts: confirmed, removed, or merged (a rename or new aliases are not).
  const answered = new Set(
    entityEntries(curation)
      .flatMap((e) => [...(e.confirmed || e.remove ? [e.id] : []), ...((e.merge as string[] | undefined) ?? [])])
      .filter((x): x is string => typeof x === 'string'),
  );
  return graph.entities.filter((e) => e.confidence !== undefined && e.confidence < UNSURE_BELOW && !answered.has(e.id));
}

/** curation.json with an unsure entity confirmed as what it is, or removed as no entity at all. */
export function answerEntity(curation: RawCuration, id: string, answer: 'confirm' | 'remove', today: string): RawCuration {
  const entry = answer === 'confirm' ? { confirmed: true } : { remove: true };
  const entries = entityEntries(curation);
  const at = entries.findIndex((e) => e.id === id && !e.add);
  const next = at >= 0 ? entries.map((e, i) => (i === at ? { ...e, ...entry } : e)) : [...entries, { id, ...entry, note: `${answer === 'confirm' ? 'confirmed' : 'not an entity, said'} in review on ${today}` }];
  return { ...curation, entities: next };
}
