/**
 * One entity across articles. Per-article extraction names people and bodies as each text
 * spells them ("Choe Son-hui", "Choe Son Hui", "Captain Ibrahim Traoré"); here the pooled
 * entities of all articles are resolved:
 *
 * - merged when the evidence is unambiguous: the same kind, the same name once accents, case,
 *   hyphens, spaces and leading titles are set aside, and no two different countries among them;
 * - otherwise kept apart and returned as possible merges for a curator: namesakes of different
 *   countries, a name that is part of another ("Modi" / "Narendra Modi"), and spellings one or
 *   two letters apart ("Tchiani" / "Tiani").
 *
 * Deterministic: the entity most relations point at gives the id and the name (ties: the
 * smaller id); the other names become aliases. Pure: no I/O.
 */
import type { Entity, Relation } from '../model/schema';

export interface PossibleMerge {
  ids: string[];
  names: string[];
  reason: string;
}

/** The pairs of entities a curator said are not one ("distinct" in curation.json's entities), as "a|b" keys. */
export function distinctPairs(entries: ReadonlyArray<{ id: string; distinct?: readonly string[] }>): Set<string> {
  const out = new Set<string>();
  for (const e of entries) for (const other of e.distinct ?? []) out.add(pairKey(e.id, other));
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether every pair of `ids` was said to be distinct: then it is no longer a question. */
export function decidedApart(ids: readonly string[], apart: ReadonlySet<string>): boolean {
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (!apart.has(pairKey(ids[i], ids[j]))) return false;
  return ids.length > 1;
}

/** Titles that precede a name without being part of it. */
const TITLES = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'state', 'general', 'colonel', 'captain', 'major',
  'lieutenant', 'admiral', 'marshal', 'speaker', 'chancellor', 'king', 'queen', 'prince', 'sheikh', 'emir', 'premier', 'vice', 'deputy',
  'chairman', 'leader', 'mr', 'mrs', 'ms', 'dr', 'sir', 'supreme', 'commander', 'gen', 'col', 'capt', 'lt', 'the',
]);

/** Words of a name: no accents, lower case, hyphens and punctuation as spaces. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The tokens of a name without its leading titles ("Captain Ibrahim Traoré" → ibrahim traore). */
function bareTokens(name: string): string[] {
  const tokens = nameTokens(name);
  let i = 0;
  while (i < tokens.length - 1 && TITLES.has(tokens[i])) i++;
  return tokens.slice(i);
}

/**
 * The key spellings of one name share: "Kim Jong-un", "Kim Jong Un" and "KIM Jong Un" are
 * "kimjongun". Transliterations that split syllables differently join the same way.
 */
export function nameKey(name: string): string {
  return bareTokens(name).join('');
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

const RESOLVED_KINDS = new Set(['person', 'organization', 'place']);

function countriesOf(group: Entity[]): string[] {
  return [...new Set(group.map((e) => e.country).filter((c): c is string => c != null))].sort();
}

/** Merges entity `from` into `into`, keeping every surface form. */
function absorb(into: Entity, from: Entity): void {
  const aliases = new Set([...into.aliases, from.name, ...from.aliases]);
  aliases.delete(into.name);
  into.aliases = [...aliases].sort();
  if (into.country == null && from.country != null) into.country = from.country;
  if (from.offices) into.offices = [...new Set([...(into.offices ?? []), ...from.offices])];
  into.description ??= from.description;
  // Another article names it without doubt (with a title, say): the doubt goes.
  if (from.confidence === undefined) delete into.confidence;
}

function repoint(r: Relation, to: ReadonlyMap<string, string>): Relation {
  if (!r.participants.some((p) => to.has(p)) && !r.evidence.some((e) => e.speaker && to.has(e.speaker))) return r;
  const participants = [...new Set(r.participants.map((p) => to.get(p) ?? p))];
  return {
    ...r,
    participants,
    evidence: r.evidence.map((e) => (e.speaker && to.has(e.speaker) ? { ...e, speaker: to.get(e.speaker)! } : e)),
  };
}

/**
 * Resolves entities across articles. Returns the entities (merged ones folded into their
 * canonical entity), the relations re-pointed at them (a relation left with fewer than two
 * participants is kept as it was: a curator must look at it), what was merged and what might be.
 */
export function resolveEntities(
  entities: readonly Entity[],
  relations: readonly Relation[],
): { entities: Entity[]; relations: Relation[]; merged: Array<{ id: string; from: string[] }>; possible: PossibleMerge[] } {
  const uses = new Map<string, number>();
  for (const r of relations) for (const p of r.participants) uses.set(p, (uses.get(p) ?? 0) + 1);
  const rank = (a: Entity, b: Entity) => (uses.get(b.id) ?? 0) - (uses.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    if (!RESOLVED_KINDS.has(e.kind)) continue;
    const key = `${e.kind}|${nameKey(e.name)}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }

  const copies = new Map(entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  const to = new Map<string, string>();
  const merged: Array<{ id: string; from: string[] }> = [];
  const possible: PossibleMerge[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort(rank);
    const countries = countriesOf(group);
    if (countries.length > 1) {
      possible.push({ ids: sorted.map((e) => e.id), names: sorted.map((e) => e.name), reason: `same name, different countries (${countries.join(', ')}): namesakes kept apart` });
      continue;
    }
    const keep = copies.get(sorted[0].id)!;
    for (const other of sorted.slice(1)) {
      absorb(keep, copies.get(other.id)!);
      copies.delete(other.id);
      to.set(other.id, keep.id);
    }
    merged.push({ id: keep.id, from: sorted.slice(1).map((e) => e.id).sort() });
  }

  possible.push(...nearNames([...copies.values()].filter((e) => RESOLVED_KINDS.has(e.kind))));
  const out = [...copies.values()];
  for (const e of out) if (e.country && to.has(e.country)) e.country = to.get(e.country)!;
  const repointed = relations.map((r) => {
    const next = repoint(r, to);
    return next.participants.length >= 2 ? next : r;
  });
  return { entities: out, relations: repointed, merged, possible };
}

/** Pairs that may be one entity but are not certain enough to merge. */
function nearNames(entities: Entity[]): PossibleMerge[] {
  const out: PossibleMerge[] = [];
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i];
      const b = sorted[j];
      if (a.kind !== b.kind) continue;
      if (a.country != null && b.country != null && a.country !== b.country) continue;
      const ta = bareTokens(a.name);
      const tb = bareTokens(b.name);
      const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
      const part = short.length < long.length && short.every((t) => long.includes(t));
      const ka = ta.join('');
      const kb = tb.join('');
      const close = ta[0] === tb[0] && Math.min(ka.length, kb.length) >= 8 && editDistance(ka, kb, 2) <= 2;
      if (part) out.push({ ids: [a.id, b.id], names: [a.name, b.name], reason: 'one name is part of the other' });
      else if (close) out.push({ ids: [a.id, b.id], names: [a.name, b.name], reason: 'spellings one or two letters apart' });
    }
  }
  return out;
}
