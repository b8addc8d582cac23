/**
 * Offices as of a date. A person's office is a `role` claim (the person, then what they serve),
 * and an office is held when the sources say so: on the days its mentions were published, and
 * over the role's own date when it has one. So an office is a dated role, and the one "at the
 * time" of a relation is the role attested nearest before that relation's date (failing that,
 * the nearest after). Derived from the claims, never stored; pure and zod-free.
 */
import { dateInterval, type DateLike } from './dates';
import type { Article, Entity, Graph, Relation } from './schema';

export interface DatedOffice {
  /** The role relation. */
  relation: Relation;
  /** The body or country the office is in. */
  of: string;
  /** Days (YYYY-MM-DD) the sources attest it, sorted: publication days, and the role's own dates. */
  first: string;
  last: string;
}

/** Every office of a person, oldest attestation first. */
export function officesOf(personId: string, relations: readonly Relation[], articles: ReadonlyMap<string, Pick<Article, 'published'>>): DatedOffice[] {
  const out: DatedOffice[] = [];
  for (const r of relations) {
    if (r.kind !== 'role' || r.participants[0] !== personId) continue;
    const days: string[] = [];
    for (const e of r.evidence) {
      const a = articles.get(e.article);
      if (a) days.push(a.published);
    }
    if (r.date) {
      const iv = dateInterval(r.date);
      days.push(iv.first, iv.last);
    }
    if (!days.length) continue;
    days.sort();
    out.push({ relation: r, of: r.participants[1], first: days[0], last: days[days.length - 1] });
  }
  return out.sort((a, b) => a.first.localeCompare(b.first) || a.relation.id.localeCompare(b.relation.id));
}

/**
 * The office held at the time of `date`: attested on or before its last day, the latest such;
 * otherwise the earliest after it. Undefined when the person has no office in the sources.
 */
export function officeAsOf(offices: readonly DatedOffice[], date: DateLike | undefined): DatedOffice | undefined {
  if (!offices.length) return undefined;
  if (date === undefined) return offices[offices.length - 1];
  const { first, last } = dateInterval(date);
  const during = offices.filter((o) => o.first <= last && o.last >= first);
  if (during.length) return during[during.length - 1];
  const before = offices.filter((o) => o.last < first);
  if (before.length) return before.reduce((a, b) => (b.last > a.last ? b : a));
  return offices[0];
}

/**
 * The date the graph is looked at, for the offices its labels show: the selected relation's date
 * when it has one (the relation in view), else the timeline's brush (the `from`–`to` range, an
 * open end reaching to the first or last year), else none — the latest office attested.
 */
export function dateInView(range: { from?: string; to?: string }, selectedDate?: DateLike): DateLike | undefined {
  if (selectedDate !== undefined) return selectedDate;
  if (!range.from && !range.to) return undefined;
  return { start: range.from ?? '0001', end: range.to ?? '9999' };
}

/**
 * The title of a dated office as its person's record words it ("Defence Minister"): the longest
 * of their titles the role's summary names. Undefined when the summary names none of them.
 */
export function officeTitle(office: DatedOffice, titles: readonly string[]): string | undefined {
  const summary = office.relation.summary.toLowerCase();
  let best: string | undefined;
  for (const t of titles) if (summary.includes(t.toLowerCase()) && (!best || t.length > best.length)) best = t;
  return best;
}

export interface PersonOffices {
  titles: readonly string[];
  dated: readonly DatedOffice[];
}

/** Each person's role relations, gathered in one pass: asking every role of every person is quadratic at XL. */
function rolesByPerson(relations: readonly Relation[]): Map<string, Relation[]> {
  const roles = new Map<string, Relation[]>();
  for (const r of relations) {
    if (r.kind !== 'role') continue;
    const list = roles.get(r.participants[0]);
    if (list) list.push(r);
    else roles.set(r.participants[0], [r]);
  }
  return roles;
}

/** Each person's titles and dated offices, worked out once per graph. */
export function officeIndex(graph: Pick<Graph, 'entities' | 'relations' | 'articles'>): Map<string, PersonOffices> {
  const officesOf = officeLookup(graph);
  const index = new Map<string, PersonOffices>();
  for (const e of graph.entities) {
    const person = officesOf(e);
    if (person) index.set(e.id, person);
  }
  return index;
}

/**
 * officeIndex one person at a time, as they are asked for: a graph view shows a few hundred of
 * 100,000 people, and the whole index took a fifth of a second of the first render at that size.
 * Undefined for anyone officeIndex leaves out.
 */
export function officeLookup(graph: Pick<Graph, 'relations' | 'articles'>): (person: Entity) => PersonOffices | undefined {
  let roles: Map<string, Relation[]> | undefined;
  let articles: Map<string, Graph['articles'][number]> | undefined;
  const known = new Map<string, PersonOffices | null>();
  return (person) => {
    if (person.kind !== 'person') return undefined;
    let found = known.get(person.id);
    if (found === undefined) {
      roles ??= rolesByPerson(graph.relations);
      articles ??= new Map(graph.articles.map((a) => [a.id, a]));
      const dated = officesOf(person.id, roles.get(person.id) ?? [], articles);
      found = dated.length || person.offices?.length ? { titles: person.offices ?? [], dated } : null;
      known.set(person.id, found);
    }
    return found ?? undefined;
  };
}

/**
 * The office a person's label shows at a date: the title of the office held then
 * (officeAsOf), or, for someone whose offices the sources do not date (or whose dated office
 * names none of their titles), their first title, as worded in the sources.
 */
export function labelOffice(person: PersonOffices, date: DateLike | undefined): string | undefined {
  const held = officeAsOf(person.dated, date);
  return (held && officeTitle(held, person.titles)) ?? person.titles[0];
}
