/**
 * Claims across articles: the relations every article yields separately become claims, each
 * backed by all its mentions. Two mentions are the same claim when they have the same kind,
 * the same participants (as a set; in order for directed kinds, actor first), the same status
 * and compatible dates: one date lies within the other ("active during": 2023-08 contains
 * 2023-08-18), or one of them is undated and there is only one dated claim it could belong to.
 *
 * Deterministic: mentions are taken in a fixed order (article publication day, article id,
 * quote offset), a claim keeps the id and summary of its earliest mention (of its earliest
 * curated one, when a curator has touched it: that id is the one links use), and its evidence
 * lists every mention in that order. A curator can keep mentions apart or force them together
 * (data/curation.json, "claims"). Pure: no I/O.
 */
import { dateInterval, formatDate, type DayInterval } from '../model/dates';
import type { Article, DateValue, Relation } from '../model/schema';

export interface ClaimDirectives {
  /** Relation ids that stay claims of their own, never merged with another. */
  keepApart?: readonly string[];
  /** Groups of relation ids that become one claim whatever the rule says. */
  together?: ReadonlyArray<readonly string[]>;
}

export interface ClaimMergeReport {
  /** Claims made of two or more mentions: the id kept and the ids folded into it. */
  merged: Array<{ id: string; from: string[] }>;
  /** Directive ids that matched no relation. */
  unmatched: string[];
  /** How many claims two or more articles back. */
  multiArticle: number;
}

/** The claim a relation states, without its date: kind + participants + status. */
export function claimKey(r: Pick<Relation, 'kind' | 'participants' | 'status' | 'directed' | 'actors'>): string {
  const n = r.actors ?? 1;
  const who = r.directed ? [...r.participants.slice(0, n).sort(), ...(n > 1 ? ['>'] : []), ...r.participants.slice(n).sort()] : [...r.participants].sort();
  return `${r.kind}|${r.directed ? '>' : '='}|${who.join(',')}|${r.status}`;
}

/** Whether two dates can describe the same event: one's days lie within the other's. */
export function datesCompatible(a: DateValue | undefined, b: DateValue | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return within(dateInterval(a), dateInterval(b)) || within(dateInterval(b), dateInterval(a));
}

function within(inner: DayInterval, outer: DayInterval): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

type Published = ReadonlyMap<string, string>;

function mentionOrder(published: Published) {
  const at = (r: Relation) => r.evidence[0];
  return (a: Relation, b: Relation) => {
    const ea = at(a);
    const eb = at(b);
    const pa = published.get(ea.article) ?? '';
    const pb = published.get(eb.article) ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (ea.article !== eb.article) return ea.article < eb.article ? -1 : 1;
    return ea.start - eb.start || ea.end - eb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** The narrowest date of a claim's mentions (the others contain it); absent when none is dated. */
function narrowest(dates: DateValue[]): DateValue | undefined {
  let best: DateValue | undefined;
  for (const d of dates) {
    if (best === undefined) best = d;
    else if (within(dateInterval(d), dateInterval(best)) && !within(dateInterval(best), dateInterval(d))) best = d;
  }
  return best;
}

/**
 * Groups one key's mentions (already in mention order) into claims: dated mentions join the
 * first claim whose every date is compatible with theirs; undated mentions join the only dated
 * claim when there is exactly one, else the first undated claim (a second dated claim makes the
 * date ambiguous, and an ambiguous mention is kept apart rather than guessed).
 */
function cluster(mentions: Relation[]): Relation[][] {
  const dated: Relation[][] = [];
  const undated: Relation[] = [];
  for (const m of mentions) {
    if (m.date === undefined) {
      undated.push(m);
      continue;
    }
    const home = dated.find((c) => c.every((x) => datesCompatible(x.date, m.date)));
    if (home) home.push(m);
    else dated.push([m]);
  }
  if (!undated.length) return dated;
  if (dated.length === 1) return [[...dated[0], ...undated]];
  return [...dated, undated];
}

function mergeGroup(group: Relation[], published: Published): Relation {
  const sorted = [...group].sort(mentionOrder(published));
  if (sorted.length === 1) return sorted[0];
  // A curator's relation lends the claim its id and words: its id is the one links were given.
  const first = sorted.find((r) => r.origin !== 'extracted') ?? sorted[0];
  const evidence = sorted.flatMap((r) => r.evidence);
  const dates = sorted.map((r) => r.date).filter((d): d is DateValue => d !== undefined);
  const date = narrowest(dates);
  const dateSource = sorted.find((r) => r.date !== undefined && r.date === date);
  const notes = [...new Set(sorted.flatMap((r) => r.notes ?? []))];
  const distinctDates = [...new Set(dates.map((d) => formatDate(d)))];
  if (distinctDates.length > 1) {
    notes.push(`The mentions date it ${distinctDates.join(', ')}; shown at the most precise date that all of them contain (${date ? formatDate(date) : 'none'}).`);
  }
  const out: Relation = { ...first, evidence };
  if (date !== undefined) out.date = date;
  else delete out.date;
  if (dateSource?.dateText) out.dateText = dateSource.dateText;
  else delete out.dateText;
  if (notes.length) out.notes = notes;
  else delete out.notes;
  if (sorted.some((r) => r.origin !== 'extracted')) out.origin = sorted.some((r) => r.origin === 'manual') ? 'manual' : 'curated';
  const confidences = sorted.map((r) => r.confidence).filter((c): c is number => c !== undefined);
  if (out.origin === 'extracted' && confidences.length) out.confidence = Math.max(...confidences);
  else delete out.confidence;
  return out;
}

/**
 * Merges mentions of the same claim into one relation each. Relations keep their order of
 * first appearance in `relations`; a merged claim takes the place of its earliest member.
 */
export function mergeClaims(
  relations: readonly Relation[],
  articles: ReadonlyArray<Pick<Article, 'id' | 'published'>>,
  directives: ClaimDirectives = {},
): { relations: Relation[]; report: ClaimMergeReport } {
  const published: Published = new Map(articles.map((a) => [a.id, a.published]));
  const ids = new Set(relations.map((r) => r.id));
  const report: ClaimMergeReport = { merged: [], unmatched: [], multiArticle: 0 };
  const apart = new Set<string>();
  for (const id of directives.keepApart ?? []) {
    if (ids.has(id)) apart.add(id);
    else report.unmatched.push(id);
  }
  // Forced groups first; their members leave the rule-based grouping.
  const groupOf = new Map<string, Relation[]>();
  const forced = new Set<string>();
  const byId = new Map(relations.map((r) => [r.id, r]));
  for (const list of directives.together ?? []) {
    const members = list.filter((id) => {
      if (!byId.has(id)) report.unmatched.push(id);
      return byId.has(id) && !forced.has(id);
    });
    if (members.length < 2) continue;
    const group = members.map((id) => byId.get(id)!);
    for (const id of members) {
      forced.add(id);
      groupOf.set(id, group);
    }
  }
  const byKey = new Map<string, Relation[]>();
  for (const r of [...relations].sort(mentionOrder(published))) {
    if (forced.has(r.id)) continue;
    if (apart.has(r.id)) {
      groupOf.set(r.id, [r]);
      continue;
    }
    const key = claimKey(r);
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  for (const mentions of byKey.values()) for (const group of cluster(mentions)) for (const r of group) groupOf.set(r.id, group);

  const out: Relation[] = [];
  const done = new Set<Relation[]>();
  for (const r of relations) {
    const group = groupOf.get(r.id)!;
    if (done.has(group)) continue;
    done.add(group);
    const claim = mergeGroup(group, published);
    if (group.length > 1) report.merged.push({ id: claim.id, from: group.map((x) => x.id).filter((id) => id !== claim.id).sort() });
    if (new Set(claim.evidence.map((e) => e.article)).size > 1) report.multiArticle += 1;
    out.push(claim);
  }
  return { relations: out, report };
}
