/**
 * The event-cue lexicon (lexicon/events.json) compiled into matchers: one regex per coding
 * mode for triggers, one per status for status cues. Compiled once, on first use.
 */
import events from './lexicon/events.json';
import { inflectNoun, inflectVerb } from './inflect';
import { byFirstLetter } from './regex';
import type { RelationKind, Status } from '../model/schema';

export type TriggerMode = 'meet' | 'visit' | 'relate' | 'transfer' | 'directed' | 'thanks' | 'possessive' | 'violation' | 'dispute' | 'control' | 'alliance' | 'accuse' | 'anaphor' | 'withdraw';

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
  re: RegExp;
  /** Lower-case first words of every form, to skip the cue in sentences without any; null when a pattern may start otherwise. */
  firstWords: string[] | null;
}

function firstWordsOf(c: CueEntry): string[] | null {
  if (c.regex?.length) return null;
  const raw = [...(c.verbs ?? []).flatMap(inflectVerb), ...(c.nouns ?? []).flatMap(inflectNoun), ...(c.phrases ?? [])];
  const firsts = raw.map((f) => f.split(' ')[0].toLowerCase());
  return firsts.every((w) => /^[a-z’'-]+$/.test(w)) ? [...new Set(firsts)] : null;
}

/** Index of the ")" closing the group that opens at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
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
  compiled = (events.cues as CueEntry[]).map((c) => {
    const words = cueForms(c);
    const ignoreCase = c.mode !== 'thanks';
    const parts = [...(words.length ? [`\\b(?:${byFirstLetter(words, ignoreCase)})\\b`] : []), ...(c.regex ?? []).map(guardLookbehind)];
    return { kind: c.kind as RelationKind, mode: c.mode as TriggerMode, cameo: c.cameo, re: new RegExp(parts.join('|'), ignoreCase ? 'gi' : 'g'), firstWords: firstWordsOf(c) };
  });
  return compiled;
}

let cuesByFirstWord: Map<string, CompiledCue[]> | undefined;

/**
 * The cues with a list of first words (`firstWords`) that have one among `words`. Looked up from
 * the sentence's words (a few dozen) rather than by testing each cue's first words (about a
 * thousand in all) against them.
 */
export function cuesWithFirstWordIn(words: Iterable<string>): Set<CompiledCue> {
  if (!cuesByFirstWord) {
    cuesByFirstWord = new Map();
    for (const c of triggerCues()) {
      for (const w of c.firstWords ?? []) {
        const list = cuesByFirstWord.get(w);
        if (list) list.push(c);
        else cuesByFirstWord.set(w, [c]);
      }
    }
  }
  const out = new Set<CompiledCue>();
  for (const w of words) for (const c of cuesByFirstWord.get(w) ?? []) out.add(c);
  return out;
}

/**
 * The nouns for a pact (lexicon/events.json `pactNouns`), singular and plural, as regex source
 * for splicing into the pact rules: "(?:pacts?|treaty|treaties|…)". One list for every rule.
 */
export const PACT_NOUNS = `(?:${(events.pactNouns.nouns as string[]).flatMap(inflectNoun).sort((a, b) => b.length - a.length).join('|')})`;

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
