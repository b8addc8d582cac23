/**
 * The event-cue lexicon (lexicon/events.json) compiled into matchers: one regex per coding
 * mode for triggers, one per status for status cues. Compiled once, on first use.
 */
import events from './lexicon/events.json';
import { inflectNoun, inflectVerb } from './inflect';
import { byFirstLetter, closingParen, execAll, firstLetterGroups, matchStarts, type MatchStart } from './regex';
import type { RelationKind, Status } from '../model/schema';

export type TriggerMode = 'meet' | 'visit' | 'relate' | 'transfer' | 'directed' | 'thanks' | 'possessive' | 'violation' | 'dispute' | 'control' | 'alliance' | 'accuse' | 'anaphor' | 'withdraw' | 'breach';

interface CueEntry {
  kind: string;
  mode: string;
  cameo: string;
  verbs?: string[];
  nouns?: string[];
  phrases?: string[];
  regex?: string[];
}

export interface CompiledCue {
  kind: RelationKind;
  mode: TriggerMode;
  cameo: string;
  /** Every form and pattern of the cue as one alternation: what `cueMatches` finds. */
  re: RegExp;
  /** The alternatives of `re` (its forms as one, then each pattern), each a regex of its own. */
  parts: CuePart[];
  /** Lower-case first words of every form, to skip the cue in sentences without any; null when a pattern may start otherwise. */
  firstWords: string[] | null;
}

/** One alternative of a cue, with the ways its matches can start (`matchStarts`; null: any way). */
interface CuePart {
  id: number;
  re: RegExp;
  starts: MatchStart[] | null;
}

function firstWordsOf(c: CueEntry): string[] | null {
  if (c.regex?.length) return null;
  const raw = [...(c.verbs ?? []).flatMap(inflectVerb), ...(c.nouns ?? []).flatMap(inflectNoun), ...(c.phrases ?? [])];
  const firsts = raw.map((f) => f.split(' ')[0].toLowerCase());
  return firsts.every((w) => /^[a-z’'-]+$/.test(w)) ? [...new Set(firsts)] : null;
}

/**
 * The words a pattern must start its match with after its opening lookbehinds: a word
 * ("(?<=\bto\s)host\b" needs "host") or a group of words ("\b(?:ally|allies)\b"), not
 * followed by a quantifier; null when what follows is anything else.
 */
const LEADING_WORDS = /^(?:\\b)?(?:\(\?:([A-Za-z’' -]+(?:\|[A-Za-z’' -]+)*)\)(?![?*+{])|([A-Za-z’' -]{2,})(?![?*{]))/;

/**
 * A pattern that opens with a lookbehind ("(?<=\b(?:would|will|to)\s)back…") has it tried at
 * every character of every sentence, which is slow when the lookbehind is long. The words the
 * match must start with (LEADING_WORDS) are tested first, as a lookahead: it holds wherever the
 * pattern matches, so no match changes, and it fails at once almost everywhere. A pattern whose
 * start is not that simple is left as it is.
 */
function guardLookbehind(pattern: string): string {
  let i = 0;
  while (/^\(\?<[=!]/.test(pattern.slice(i))) {
    const close = closingParen(pattern, i);
    if (close < 0) return pattern;
    i = close + 1;
  }
  const words = i > 0 ? LEADING_WORDS.exec(pattern.slice(i)) : null;
  return words ? `(?=${words[1] ?? words[2]})(?:${pattern})` : pattern;
}

const escapeWords = (s: string) => s.replace(/[.*+?^${}()|[\]]/g, '\\$&').replace(/ /g, '\\s+');

/** "negotiate directly with", "spoke briefly to": a verb and its preposition may have an adverb between them. */
const allowAdverbBeforePreposition = (form: string) => form.replace(/^([a-z’'-]+)\\s\+(with|to|against)$/, '$1\\s+(?:[a-z]+ly\\s+)?$2');

/** Every surface form of one lexicon entry, longest first so that "joint military drills" beats "drills". */
export function cueForms(entry: Pick<CueEntry, 'verbs' | 'nouns' | 'phrases'>): string[] {
  const verbs = (entry.verbs ?? []).flatMap(inflectVerb).map(escapeWords).map(allowAdverbBeforePreposition);
  const forms = [...verbs, ...(entry.nouns ?? []).flatMap(inflectNoun).map(escapeWords)];
  // Phrases are written as regex source already (they may hold \w+).
  forms.push(...(entry.phrases ?? []).map((p) => p.replace(/ /g, '\\s+')));
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

let compiled: CompiledCue[] | undefined;

export function triggerCues(): CompiledCue[] {
  if (compiled) return compiled;
  let id = 0;
  compiled = (events.cues as CueEntry[]).map((c) => {
    const words = cueForms(c);
    const ignoreCase = c.mode !== 'thanks';
    const flags = ignoreCase ? 'gi' : 'g';
    const patterns = (c.regex ?? []).map(guardLookbehind);
    const alternation = [...(words.length ? [`\\b(?:${byFirstLetter(words, ignoreCase)})\\b`] : []), ...patterns];
    // The forms run as one part per first letter: matches of two such parts never start at one place, and a sentence
    // whose words start few of the forms runs only those of their letters.
    const parts = [...(words.length ? firstLetterGroups(words, ignoreCase).map((g) => `\\b(?:${g})\\b`) : []), ...patterns];
    return {
      kind: c.kind as RelationKind,
      mode: c.mode as TriggerMode,
      cameo: c.cameo,
      re: new RegExp(alternation.join('|'), flags),
      parts: parts.map((p) => ({ id: id++, re: new RegExp(p, flags), starts: matchStarts(p) })),
      firstWords: firstWordsOf(c),
    };
  });
  return compiled;
}

/** The cue parts indexed by how their matches start, to find those that may match in a sentence from its words. */
interface StartIndex {
  partCount: number;
  /** Parts whose matches may start any way: run on every sentence. */
  always: number[];
  /**
   * The letters a word may start with, as a tree by letter: at each node, the parts with a match that may start a word
   * with the letters that lead there (`ids`), or may start with that whole word (`whole`).
   */
  words: WordNode;
  /** Letters → the parts with a match that may start with them, not only at a word's start. */
  anywhere: Array<[string, number]>;
}

interface WordNode {
  ids: number[];
  whole: number[];
  /** By letter, a-z as 0-25. */
  next: Array<WordNode | undefined>;
}

let startIndex: StartIndex | undefined;

function cueStartIndex(): StartIndex {
  if (startIndex) return startIndex;
  const index: StartIndex = { partCount: 0, always: [], words: { ids: [], whole: [], next: [] }, anywhere: [] };
  const add = (letters: string, id: number, whole: boolean) => {
    let node = index.words;
    for (let k = 0; k < letters.length; k++) node = node.next[letters.charCodeAt(k) - 97] ??= { ids: [], whole: [], next: [] };
    const list = whole ? node.whole : node.ids;
    if (!list.includes(id)) list.push(id);
  };
  for (const part of triggerCues().flatMap((c) => c.parts)) {
    index.partCount = Math.max(index.partCount, part.id + 1);
    if (!part.starts) index.always.push(part.id);
    for (const s of part.starts ?? []) {
      if (!s.wordStart) index.anywhere.push([s.text, part.id]);
      else add(s.text, part.id, s.exact);
    }
  }
  startIndex = index;
  return index;
}

/** Which parts run in the sentence at hand: those whose entry is the current sentence's number (an array made once). */
let runStamp = new Uint32Array(0);
let sentenceNumber = 0;

/**
 * The matches of each cue in a sentence, as `execAll(cue.re, body)` finds them, for the cues
 * that have any, in the cues' order. A cue of forms only (no pattern) is looked for only where
 * one of its first words stands as a whole word with its hyphens and apostrophes: "left-wing"
 * holds no "left" for it (`firstWords`; this decides what is found).
 *
 * Most sentences hold the start of few of the cues' hundreds of alternatives: only the
 * alternatives whose matches may start with a word of the sentence are run (the words: runs of
 * ASCII letters, lower-cased; where a match starts a word after \b, the word found from there
 * holds its start, in the i flag's ASCII-only case folding), merged in the order the whole
 * alternation would have found them.
 */
export function cueMatches(body: string): Array<{ cue: CompiledCue; matches: RegExpExecArray[] }> {
  const index = cueStartIndex();
  if (runStamp.length < index.partCount) runStamp = new Uint32Array(index.partCount);
  const run = runStamp;
  const now = ++sentenceNumber;
  const mark = (ids: number[] | undefined) => {
    if (ids) for (const id of ids) run[id] = now;
  };
  mark(index.always);
  const lower = body.toLowerCase();
  // The lower-cased text's runs of a-z are the text's runs of ASCII letters, lower-cased, unless it holds one of the two
  // characters whose lower case has an ASCII letter ("İ" -> "i̇", the Kelvin sign -> "k").
  const words = /[\u0130\u212a]/.test(body) ? (body.match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase()) : (lower.match(/[a-z]+/g) ?? []);
  for (const w of words) {
    let node: WordNode | undefined = index.words;
    for (let k = 0; k < w.length && (node = node.next[w.charCodeAt(k) - 97]); k++) {
      mark(node.ids);
      if (k === w.length - 1) mark(node.whole);
    }
  }
  for (const [text, id] of index.anywhere) if (run[id] !== now && lower.includes(text)) run[id] = now;
  let wholeWords: Set<string> | undefined;
  const out: Array<{ cue: CompiledCue; matches: RegExpExecArray[] }> = [];
  for (const cue of triggerCues()) {
    const res: RegExp[] = [];
    for (const p of cue.parts) if (run[p.id] === now) res.push(p.re);
    if (!res.length) continue;
    const matches = res.length === 1 ? execAll(res[0], body) : mergedMatches(res, body);
    if (!matches.length) continue;
    if (cue.firstWords) {
      wholeWords ??= new Set(lower.match(/[a-z’'-]+/g));
      if (!cue.firstWords.some((w) => wholeWords!.has(w))) continue;
    }
    out.push({ cue, matches });
  }
  return out;
}

/**
 * The matches of the alternation `res[0].source|res[1].source|…` (same flags, no capture groups),
 * as `execAll` gives them, from the matches of each alternative. From where the last match ended,
 * the alternation's next match starts where the earliest of the alternatives' next matches
 * starts, and there its first alternative that matches wins: of the matches starting there, the
 * one of the lowest index. An alternative's next match is kept until a match passes its start.
 */
function mergedMatches(res: RegExp[], text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next: Array<RegExpExecArray | null | undefined> = res.map(() => undefined);
  let from = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < res.length; i++) {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < from)) {
        res[i].lastIndex = from;
        m = next[i] = res[i].exec(text);
      }
      if (m && (best < 0 || m.index < next[best]!.index)) best = i;
    }
    if (best < 0) break;
    const m = next[best]!;
    out.push(m);
    // After an empty match, one character on, as execAll does (the cue regexes have no u flag).
    from = m.index + (m[0].length || 1);
  }
  for (const re of res) re.lastIndex = 0;
  return out;
}

/**
 * The nouns for a pact (lexicon/events.json `pactNouns`), singular and plural, as regex source
 * for splicing into the pact rules: "(?:pacts?|treaty|treaties|…)". One list for every rule.
 */
export const PACT_NOUNS = `(?:${(events.pactNouns.nouns as string[]).flatMap(inflectNoun).sort((a, b) => b.length - a.length).join('|')})`;

/** The works one side builds or runs in another country (lexicon/events.json `facilityNouns`), singular and plural, as regex source. */
export const FACILITY_NOUNS = `(?:${(events.facilityNouns.nouns as string[]).flatMap(inflectNoun).sort((a, b) => b.length - a.length).join('|')})`;

/** The people a side kills or captures (lexicon/events.json `victimNouns`), as regex source: "(?:soldiers|troops|…)". */
export const VICTIM_NOUNS = `(?:${(events.victimNouns.nouns as string[]).join('|')})`;

let idiomsAfter: Map<string, RegExp> | undefined;
let idiomsBefore: Map<string, RegExp> | undefined;

/** Every inflected form of each lemma, with its pattern. */
function byForm(patterns: Record<string, string> | undefined): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [lemma, pattern] of Object.entries(patterns ?? {})) {
    const re = new RegExp(pattern, 'u');
    for (const form of inflectVerb(lemma)) out.set(form, re);
  }
  return out;
}

/**
 * "strike a deal", "give details", "ratified the treaty", "to deal with": the cue word is part
 * of an idiom (lexicon/events.json `idioms`), not the event. `after` and `before` are the texts
 * right after and right before the word.
 */
export function inIdiom(word: string, after: string, before: string): boolean {
  idiomsAfter ??= byForm(events.idioms.after as Record<string, string>);
  idiomsBefore ??= byForm((events.idioms as { before?: Record<string, string> }).before);
  const w = word.toLowerCase();
  return (idiomsAfter.get(w)?.test(after) ?? false) || (idiomsBefore.get(w)?.test(before) ?? false);
}

/** Status cue matchers; `proposedAhead` proposes only what follows it ("raised the idea of X", "put forward X"). */
export type StatusCues = Record<Exclude<Status, 'reported'>, RegExp> & { proposedAhead: RegExp };
let statusRes: StatusCues | undefined;

/** Status cue matchers: any of a status's patterns, case-insensitive. */
export function statusCues(): StatusCues {
  if (statusRes) return statusRes;
  const s = events.status as Record<Exclude<Status, 'reported'> | 'proposedAhead', string[]>;
  const one = (xs: string[]) => new RegExp(xs.join('|'), 'i');
  statusRes = { denied: one(s.denied), forecast: one(s.forecast), proposed: one(s.proposed), proposedAhead: one(s.proposedAhead), intent: one(s.intent) };
  return statusRes;
}

/** How many cue forms the lexicon holds (for the docs and a test that it stays broad). */
export function cueCount(): number {
  return (events.cues as CueEntry[]).reduce((n, c) => n + cueForms(c).length + (c.regex?.length ?? 0), 0);
}
