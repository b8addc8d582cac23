/**
 * Dates in news copy, resolved against the publication date and kept at the precision the
 * words give: "last September" is a month, "Tuesday night" a day, "last year" a year,
 * "until Friday" the end of a span. chrono-node parses the calendar expressions; the
 * direction (past or future) follows news convention: a bare weekday or month names the
 * most recent one, unless the words look ahead ("until", "next", "will").
 */
import * as chrono from 'chrono-node';
import type { DateValue } from '../model/schema';
import { execAll } from './regex';

export interface DateHit {
  start: number;
  end: number;
  text: string;
  value: string;
  /** "until Friday" ends a span; "from"/"since" start one. */
  role: 'point' | 'until';
  /** A month or a day written without its year ("in October", "on 3 May"): the year was inferred from the words around. */
  yearInferred?: boolean;
  /** A verb in the past right before the date ("who accepted the invitation in September"): the date is of a thing done. */
  pastBefore?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parseDay(published: string): Date {
  const [y, m, d] = published.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function addMonths(year: number, month0: number, delta: number): string {
  const d = new Date(Date.UTC(year, month0 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAY_RE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CANDIDATE = new RegExp(`\\b(${MONTH_RE}|${WEEKDAY_RE}|today|yesterday|tonight|(?:19|20)\\d\\d|(?:last|this|next) (?:year|month))\\b`, 'i');
const RELATIVE = /\b(?:(earlier|later) )?(last|this|next) (year|month)\b/gi;
const LAST_MONTH_NAME = new RegExp(`\\b(last|next|this) (${MONTH_RE.replace(/\\\./g, '')})\\b`, 'gi');
/** "in 2016", "In 2016," opening a sentence, "since 2019". */
const YEAR_ONLY = /\b(?:in|since|by|during|until|from) ((?:19|20)\d\d)\b(?![-/]\d)/gi;
/** A year heading an entry of a chronology: "2016 – The two presidents meet …". */
const CHRONOLOGY_YEAR = /^\W*((?:19|20)\d\d)(?=\s*[–—:-]\s)/g;

/** The same names CANDIDATE looks for, anywhere in the text (no word boundary: the test only has to be sufficient). */
const DATE_NAME = new RegExp(`${MONTH_RE}|${WEEKDAY_RE}|today|tonight|yesterday`, 'i');

/**
 * What a sentence needs for chrono to add a date to those found before it. A chrono result is
 * kept only when its text matches CANDIDATE: a month or weekday name, a month abbreviation with
 * its full stop, today, tonight, yesterday, a year (digits) or "last/this/next year/month". A
 * sentence without a digit or any of these names (looked for anywhere, word boundaries or not,
 * so that no part of it can hold one) leaves chrono only the last form, and RELATIVE has already
 * taken each of those: a result holding one overlaps it and is dropped. (Only at a result's
 * edge could such a phrase have a word boundary the sentence lacks, and every chrono parser that
 * can start or end a result with one bounds it there by a non-word character.)
 */
function chronoMayAddDates(text: string): boolean {
  if (/\d/.test(text)) return true;
  return DATE_NAME.test(text);
}

/**
 * A verb in the past a few words before a date: "accepted Kim's invitation in September", "had signed it in May". Not a verb
 * whose object is an act to come ("invited Babayev to Aktau in October", "agreed to meet in May").
 */
const PAST_BEFORE = /\b(?!(?:invited|proposed|agreed|planned|scheduled|offered|promised|pledged|suggested|asked|urged|called|expected|decided|vowed|hoped|wanted|intended|aimed)\b)(?:[a-z]{3,}ed|was|were|had|did|said|met|held|came|went|took|gave|made|saw|began|spoke|sent|told|won|lost|left|flew)\b(?:\s+[\w'’-]+){0,4}\s+(?:in|on|during|last|this)?\s*$/i;

/** Before "since", a superlative measured from that date ("its first census since 2008"): the date is not the event's. */
const SUPERLATIVE_SINCE = /\b(?:first|largest|biggest|highest|lowest|worst|best|deadliest|heaviest|longest|fewest|least|most\s+[a-z]+)\b[^.;]{0,60}?\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning)\s+of)\s+)?$/i;

/** Date expressions in `text` (a sentence starting at `offset` in the article). */
export function findDates(text: string, offset: number, published: string): DateHit[] {
  if (!CANDIDATE.test(text)) return [];
  const ref = parseDay(published);
  const hits: DateHit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end - offset && e > h.start - offset);
  // (And a journey in the present tense, as schedules are written: "arrives in Jakarta on Thursday".)
  const lookingAhead = (at: number) => /\b(until|till|next|through|will|shall|scheduled|planned|slated|set for|due|to run|expected|(?:is|are) to|plans? to|intends? to|hopes? to|aims? to|arrives|travels|flies)\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, at - 45), at));
  const push = (s: number, e: number, value: string, yearInferred = false) => {
    // ("the largest protest since March" is no protest in March.)
    if (SUPERLATIVE_SINCE.test(text.slice(Math.max(0, s - 90), s))) return;
    const before = text.slice(Math.max(0, s - 8), s);
    const role = /\b(until|till|through)\s+$/i.test(before) ? 'until' : 'point';
    const pastBefore = yearInferred && PAST_BEFORE.test(text.slice(Math.max(0, s - 40), s));
    hits.push({ start: offset + s, end: offset + e, text: text.slice(s, e), value, role, ...(yearInferred ? { yearInferred } : {}), ...(pastBefore ? { pastBefore } : {}) });
  };

  for (const m of execAll(RELATIVE, text)) {
    const [, , which, unit] = m;
    const delta = which.toLowerCase() === 'last' ? -1 : which.toLowerCase() === 'next' ? 1 : 0;
    const value = unit.toLowerCase() === 'year' ? String(ref.getUTCFullYear() + delta) : addMonths(ref.getUTCFullYear(), ref.getUTCMonth(), delta);
    push(m.index!, m.index! + m[0].length, value);
  }
  for (const m of execAll(LAST_MONTH_NAME, text)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const month0 = MONTHS.findIndex((x) => m[2].toLowerCase().startsWith(x.slice(0, 3)));
    const which = m[1].toLowerCase();
    let year = ref.getUTCFullYear();
    if (which === 'last' && month0 >= ref.getUTCMonth()) year -= 1;
    if (which === 'next' && month0 <= ref.getUTCMonth()) year += 1;
    // A day may follow ("last September 5"): leave that to chrono below.
    if (/^\s+\d{1,2}\b/.test(text.slice(m.index! + m[0].length))) continue;
    push(m.index!, m.index! + m[0].length, `${year}-${pad(month0 + 1)}`);
  }

  let results: chrono.ParsedResult[] = [];
  // About one sentence in eight that gets this far names a date only as "last year" and the like.
  if (chronoMayAddDates(text)) {
    try {
      results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
    } catch {
      results = [];
    }
  }
  for (const r of results) {
    let s = r.index;
    let e = r.index + r.text.length;
    let t = r.text;
    const trail = /[,.\s]+$/.exec(t);
    if (trail) {
      e -= trail[0].length;
      t = t.slice(0, t.length - trail[0].length);
    }
    const lead = /^(on|in|at|of)\s+/i.exec(t);
    if (lead) {
      s += lead[0].length;
      t = t.slice(lead[0].length);
    }
    if (!CANDIDATE.test(t) || /\b(for|ago|after|before|within)\b/i.test(t) || /\d+\s*(years?|months?|days?)\b/i.test(t)) continue;
    if (taken(s, e)) continue;
    // knownValues is not in chrono's public typings, but it is what tells a month from a day.
    const known = (r.start as unknown as { knownValues: Partial<Record<'year' | 'month' | 'day' | 'weekday', number>> }).knownValues;
    const ahead = lookingAhead(s);
    let value: string | undefined;
    const yearInferred = known.month !== undefined && known.year === undefined;
    if (known.month !== undefined && known.day !== undefined) {
      const year = known.year ?? inferYear(ref, known.month - 1, known.day, ahead);
      value = `${year}-${pad(known.month)}-${pad(known.day)}`;
    } else if (known.month !== undefined) {
      const year = known.year ?? inferYear(ref, known.month - 1, undefined, ahead);
      value = `${year}-${pad(known.month)}`;
    } else if (known.weekday !== undefined) {
      value = ymd(weekdayNear(ref, known.weekday, ahead));
    } else if (known.year !== undefined && /\b\d{4}\b/.test(t)) {
      value = String(known.year);
    } else if (/^(today|tonight)$/i.test(t)) value = ymd(ref);
    else if (/^yesterday$/i.test(t)) value = ymd(new Date(ref.getTime() - 86400000));
    if (value) push(s, e, value, yearInferred);
  }
  for (const m of [...execAll(YEAR_ONLY, text), ...execAll(CHRONOLOGY_YEAR, text)]) {
    const s = m.index! + m[0].length - 4;
    if (!taken(s, s + 4)) push(s, s + 4, m[1]);
  }
  return hits.sort((a, b) => a.start - b.start);
}

function inferYear(ref: Date, month0: number, day: number | undefined, ahead: boolean): number {
  const y = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth();
  const after = month0 > refMonth || (month0 === refMonth && day !== undefined && day > ref.getUTCDate());
  if (ahead) return after || (month0 === refMonth && day === undefined) ? y : y + 1;
  return after ? y - 1 : y;
}

/** The most recent given weekday on or before the reference, or the next one when looking ahead. */
function weekdayNear(ref: Date, weekday: number, ahead: boolean): Date {
  const diff = ref.getUTCDay() - weekday;
  const back = ((diff % 7) + 7) % 7;
  const days = ahead ? (7 - back) % 7 : -back;
  return new Date(ref.getTime() + days * 86400000);
}

/**
 * A month or day whose year was inferred from the words around it, set by what the relation is: an act to come (planned,
 * proposed, foreseen) in a month already past at publication is next year's ("invited Babayev to Aktau in October",
 * published in November 2024: October 2025). Not when a verb in the past stands right before the date ("Putin, who
 * accepted Kim's invitation in September": the acceptance's month).
 */
export function yearForStatus(hits: DateHit[], status: string, published: string): DateHit[] {
  if (status !== 'intent' && status !== 'proposed' && status !== 'forecast') return hits;
  return hits.map((h) => {
    if (!h.yearInferred || h.pastBefore || h.role !== 'point' || h.value >= published.slice(0, h.value.length)) return h;
    return { ...h, value: `${Number(h.value.slice(0, 4)) + 1}${h.value.slice(4)}` };
  });
}

/** Combines the dates of a clause into a relation date: a point, or a span ending "until …". */
export function combineDates(hits: DateHit[], contextStart?: string): { date?: DateValue; dateText?: string } {
  if (!hits.length) return {};
  const until = hits.find((h) => h.role === 'until');
  const points = hits.filter((h) => h.role === 'point');
  if (until) {
    const start = points[0]?.value ?? contextStart;
    if (start && start <= until.value && start.length === until.value.length) {
      return { date: { start, end: until.value }, dateText: points[0] ? `${points[0].text} … ${until.text}` : `until ${until.text}` };
    }
    return { dateText: `until ${until.text}` };
  }
  const precise = [...points].sort((a, b) => b.value.length - a.value.length)[0];
  return { date: precise.value, dateText: precise.text };
}

export function isDayValue(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v);
}
