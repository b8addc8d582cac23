/**
 * Offices as of a date. A person's office is a `role` claim (the person, then what they serve),
 * and an office is held when the sources say so: on the days its mentions were published, and
 * over the role's own date when it has one. So an office is a dated role, and the one "at the
 * time" of a relation is the role attested nearest before that relation's date (failing that,
 * the nearest after). Derived from the claims, never stored; pure and zod-free.
 */
import { dateInterval, type DateLike } from './dates';
import type { Article, Relation } from './schema';

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
