/**
 * Several relations between the same two entities (three Choe–Ryzhenkov meetings) are drawn as
 * a fan of arcs, one per relation, each still its own element to hover, click and walk to. Alone,
 * identical arcs a few px apart say nothing about which is which, so each arc of a fan carries a
 * small tag: the first of its date, kind or status that tells the fan's arcs apart ("22 Jul",
 * "23 Jul", "undated"). Pure: element building (elements.ts) puts the tag in the edge's data.
 */
import type { Relation } from '../model/schema';
import { dateInterval, formatDate } from '../model/dates';
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';

/**
 * Above this many arcs a fan would be wider than the space between most nodes, and its tags a
 * pile: it is drawn tight and untagged (the hover card and the list tell its relations apart).
 */
export const MAX_TAGGED_FAN = 4;

export interface FanMember {
  /** How many relations the pair has. */
  size: number;
  /** This one's place among them, in data order (0-based). */
  index: number;
  /** The short text on its arc; empty in a fan of more than MAX_TAGGED_FAN. */
  tag: string;
}

const pairKey = (r: Relation) => {
  const [a, b] = r.participants;
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
};

/**
 * "23 July 2024" → "23 Jul 2024": an arc has little room. And "23 Jul" when every dated relation
 * of the fan is of one year, where the year tells nothing apart (a bare year is kept).
 */
function shortDate(r: Relation, sameYear: boolean): string {
  if (!r.date) return 'undated';
  const text = formatDate(r.date).replace(/\b([A-Z][a-z]{2})[a-z]+\b/g, '$1');
  return sameYear ? text.replace(/(\S) \d{4}\b/g, '$1') : text;
}

/** Ways to tell a fan's arcs apart, the most telling first. */
function describers(fan: readonly Relation[]): Array<(r: Relation) => string> {
  const years = new Set(fan.filter((r) => r.date).map((r) => dateInterval(r.date!).first.slice(0, 4)));
  const date = (r: Relation) => shortDate(r, years.size === 1);
  const kind = (r: Relation) => RELATION_KIND_STYLES[r.kind].label.toLowerCase();
  const status = (r: Relation) => STATUS_STYLES[r.status].label.toLowerCase();
  return [date, kind, status, (r) => `${kind(r)}, ${date(r)}`, (r) => `${status(r)}, ${date(r)}`, (r) => `${kind(r)}, ${status(r)}`];
}

/** The tags of one fan: the first describer that gives every arc its own; failing that, numbers. */
export function fanTags(fan: readonly Relation[]): string[] {
  for (const describe of describers(fan)) {
    const tags = fan.map(describe);
    if (new Set(tags).size === tags.length) return tags;
  }
  // Same date, kind and status: only the summary (in the hover card) tells them apart.
  return fan.map((_, i) => `${i + 1} of ${fan.length}`);
}

/** For every two-party relation that shares its pair with another: its fan and tag. Others are absent. */
export function fansOf(relations: readonly Relation[]): Map<string, FanMember> {
  const byPair = new Map<string, Relation[]>();
  for (const r of relations) {
    if (r.participants.length !== 2) continue;
    const key = pairKey(r);
    const list = byPair.get(key);
    if (list) list.push(r);
    else byPair.set(key, [r]);
  }
  const out = new Map<string, FanMember>();
  for (const fan of byPair.values()) {
    if (fan.length < 2) continue;
    const tags = fan.length > MAX_TAGGED_FAN ? fan.map(() => '') : fanTags(fan);
    fan.forEach((r, index) => out.set(r.id, { size: fan.length, index, tag: tags[index] }));
  }
  return out;
}
