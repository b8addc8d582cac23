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
    const parts = [...(words.length ? [`\\b(?:${words.join('|')})\\b`] : []), ...(c.regex ?? [])];
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
