/**
 * The event-cue lexicon (lexicon/events.json) compiled into matchers: one regex per coding
 * mode for triggers, one per status for status cues. Compiled once, on first use.
 */
import events from './lexicon/events.json';
import { inflectNoun, inflectVerb } from './inflect';
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

/**
 * What a pattern cannot match without: the literal text each of its alternatives starts with
 * ("\bsanctions? (?:on" needs "sanction"; "\b(?:tariffs?|duties)" needs "tariff" or "duties";
 * "(?<=\bto\s)host\b" needs "host"), all of it letters, spaces, apostrophes or hyphens; null
 * when some alternative may start otherwise. Wherever the pattern matches, one of them starts there.
 */
function requiredLiterals(source: string): string[] | null {
  const out: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const literals = leadingLiterals(alternative);
    if (!literals) return null;
    out.push(...literals);
  }
  return out;
}

/** The literals one alternative (no "|" at its top level) starts with, after any assertions. */
function leadingLiterals(source: string): string[] | null {
  let i = 0;
  // Zero-width assertions match no text: what follows them must still match.
  for (;;) {
    if (source.startsWith('\\b', i) || source.startsWith('\\B', i)) i += 2;
    else if (source[i] === '^') i++;
    else if (/^\(\?<?[=!]/.test(source.slice(i))) {
      const close = closingParen(source, i);
      if (close < 0 || /[?*+{]/.test(source[close + 1] ?? '')) return null;
      i = close + 1;
    } else break;
  }
  if (source[i] === '(') {
    const close = closingParen(source, i);
    if (close < 0) return null;
    const inner = requiredLiterals(source.slice(source.startsWith('(?:', i) ? i + 3 : i + 1, close));
    if (!inner) return null;
    const quantifier = source[close + 1] ?? '';
    if (quantifier === '{') return null;
    if (quantifier !== '?' && quantifier !== '*') return inner;
    // An optional group ("(?:territorial\\s+)?claims"): its words, or else those after it.
    const after = leadingLiterals(source.slice(close + (source[close + 2] === '?' ? 3 : 2)));
    return after && [...inner, ...after];
  }
  let j = i;
  while (j < source.length && /[A-Za-z ’'-]/.test(source[j])) j++;
  let literal = source.slice(i, j);
  // A quantifier that allows none ("?", "*", "{0,…}") makes the last character optional.
  if (/[?*{]/.test(source[j] ?? '')) literal = literal.slice(0, -1);
  return literal.length >= 2 ? [literal] : null;
}

/** Splits a pattern at the "|" of its top level (not inside groups or character classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
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
 * A pattern that opens with a lookbehind ("(?<=\b(?:would|will|to)\s)back…") has it tried at
 * every character of every sentence, which is slow when the lookbehind is long. Its required
 * literals (see requiredLiterals) are tested first, as a lookahead: it holds wherever the pattern
 * matches, so no match changes, and it fails at once almost everywhere.
 */
function guardLookbehind(pattern: string): string {
  if (!/^\(\?<[=!]/.test(pattern)) return pattern;
  const literals = requiredLiterals(pattern);
  return literals ? `(?=${literals.join('|')})(?:${pattern})` : pattern;
}

const escapeWords = (s: string) => s.replace(/[.*+?^${}()|[\]]/g, '\\$&').replace(/ /g, '\\s+');

/** Every surface form of one lexicon entry, longest first so that "joint military drills" beats "drills". */
export function cueForms(entry: Pick<CueEntry, 'verbs' | 'nouns' | 'phrases'>): string[] {
  const forms = [...(entry.verbs ?? []).flatMap(inflectVerb), ...(entry.nouns ?? []).flatMap(inflectNoun)].map(escapeWords);
  // Phrases are written as regex source already (they may hold \w+).
  forms.push(...(entry.phrases ?? []).map((p) => p.replace(/ /g, '\\s+')));
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

let compiled: CompiledCue[] | undefined;

export function triggerCues(): CompiledCue[] {
  if (compiled) return compiled;
  compiled = (events.cues as CueEntry[]).map((c) => {
    const words = cueForms(c);
    const parts = [...(words.length ? [`\\b(?:${words.join('|')})\\b`] : []), ...(c.regex ?? []).map(guardLookbehind)];
    return { kind: c.kind as RelationKind, mode: c.mode as TriggerMode, cameo: c.cameo, re: new RegExp(parts.join('|'), c.mode === 'thanks' ? 'g' : 'gi'), firstWords: firstWordsOf(c) };
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

let statusRes: Record<Exclude<Status, 'reported'>, RegExp> | undefined;

/** Status cue matchers: any of a status's patterns, case-insensitive. */
export function statusCues(): Record<Exclude<Status, 'reported'>, RegExp> {
  if (statusRes) return statusRes;
  const s = events.status as Record<Exclude<Status, 'reported'>, string[]>;
  const one = (xs: string[]) => new RegExp(xs.join('|'), 'i');
  statusRes = { denied: one(s.denied), forecast: one(s.forecast), proposed: one(s.proposed), intent: one(s.intent) };
  return statusRes;
}

/** How many cue forms the lexicon holds (for the docs and a test that it stays broad). */
export function cueCount(): number {
  return (events.cues as CueEntry[]).reduce((n, c) => n + cueForms(c).length + (c.regex?.length ?? 0), 0);
}
