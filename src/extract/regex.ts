/**
 * Running global regexes over text. `text.matchAll(re)` runs a copy of `re`, made anew on every
 * call, and making it costs time in proportion to the pattern's length (the engine looks the
 * compiled pattern up by its text): some 8 µs for a pattern of 800 words, on every sentence for
 * each of the long cue and title patterns; after a full garbage collection the copy is even
 * compiled again. `execAll` runs `re` itself.
 */

/** The matches of a global regex in `text`, exactly as `[...text.matchAll(re)]` gives them. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  // matchAll starts where the regex's lastIndex stands and leaves the regex as it was.
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    // After an empty match, one character (one code point in unicode mode) on, as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Index of the ")" closing the group that opens at `open`, or -1. */
export function closingParen(source: string, open: number): number {
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

const compiled = new Map<string, RegExp>();

/**
 * A regex built from a pattern that takes one of a few values (a word or phrase spliced in),
 * made once per pattern and kept, for the same reason as `execAll`: a regex made anew at each
 * call is looked up by its text each time (and compiled again after a garbage collection). Only
 * for regexes without the g or y flag, whose matching does not depend on their lastIndex.
 */
export function cachedRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    if (re.global || re.sticky) throw new TypeError('cachedRegExp is for regexes without g or y');
    compiled.set(key, re);
  }
  return re;
}

/**
 * Alternatives grouped under their first character, "a(?:ccord|lly)|b(?:ack|acks)", for a long
 * alternation of literal forms (cue words, titles, names): the engine tries the forms one by one
 * at every place it may start, and grouped it tries only those of the character it stands on. No
 * match changes: two forms with different first characters cannot both match at one place, and
 * within a character the forms keep their order. With `ignoreCase` (the regex has the i flag)
 * a group stands for both cases of an ASCII letter, and only such letters are grouped; without
 * it, any literal first character. Left as it is when a form starts otherwise (regex source: a
 * class, a group, an escape, a quantified character).
 */
export function byFirstLetter(forms: string[], ignoreCase: boolean): string {
  return firstLetterGroups(forms, ignoreCase).join('|');
}

/** The groups `byFirstLetter` joins, one per first character (or all the forms as one, when left as they are). */
export function firstLetterGroups(forms: string[], ignoreCase: boolean): string[] {
  const first = (f: string) => String.fromCodePoint(f.codePointAt(0) ?? 0);
  const plain = (f: string) => {
    const c = first(f);
    const rest = f.slice(c.length);
    if (!f || /^[?*+{]/.test(rest)) return false;
    return ignoreCase ? /^[A-Za-z]$/.test(c) : !/^[\\^$.|?*+()[\]{}]$/.test(c);
  };
  if (!forms.every(plain)) return [forms.join('|')];
  const groups = new Map<string, string[]>();
  for (const f of forms) {
    const c = first(f);
    const key = ignoreCase ? c.toLowerCase() : c;
    const list = groups.get(key);
    if (list) list.push(f.slice(c.length));
    else groups.set(key, [f.slice(c.length)]);
  }
  return [...groups].map(([c, rests]) => `${c}(?:${rests.join('|')})`);
}

/**
 * How a match of a pattern starts: `text`, lower-case ASCII letters its match must start with
 * (whatever the case in the text, so it holds with and without the i flag); `exact` when no
 * letter can follow them in the match's text (the pattern goes on with a non-letter or a \b);
 * `wordStart` when a \b, or a lookbehind that ends with a space, comes before them (so the match
 * starts where a run of letters starts).
 */
export interface MatchStart {
  text: string;
  exact: boolean;
  wordStart: boolean;
}

/** More ways for a match to start than this are not worth telling apart: the letters so far end the start. */
const MAX_STARTS = 400;

/**
 * The ways a match of regex `source` (without the u or v flag) can start (see `MatchStart`),
 * or null when some match may start otherwise than with a letter (or the source is more than
 * this reads). Sound, not complete: a match always starts with one of the starts given, and
 * when in doubt the letters stop early (a shorter start, never exact). Reads letters, groups
 * with alternatives, classes of letters, `?` (both ways), zero-width assertions (skipped, but
 * for a lookbehind ending with \s or \s+), \b and non-letters (which end the letters, or not
 * when they may be left out); any other quantifier, class, dot or escape ends the letters.
 */
export function matchStarts(source: string): MatchStart[] | null {
  const starts = alternation(source, 0, source.length);
  if (!starts || starts.some((s) => s.text === '')) return null;
  return starts.map(({ text, exact, wordStart }) => ({ text, exact, wordStart }));
}

/**
 * A start being read: `more` while the pattern may still add letters to it. (Read from inside
 * a group, `exact` may hold with no letters yet: the group starts with a non-letter.)
 */
interface Partial extends MatchStart {
  more: boolean;
}

const QUANTIFIER = /^[?*+{]/;

function alternation(source: string, from: number, to: number): Partial[] | null {
  const out: Partial[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i <= to; i++) {
    const ch = source[i];
    if (i === to || (ch === '|' && depth === 0 && !inClass)) {
      const alt = sequence(source, start, i);
      if (!alt) return null;
      out.push(...alt);
      start = i + 1;
    } else if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
  }
  return out;
}

/** Whether the pattern `source.slice(from, to)` (a lookbehind's) ends with \s or \s+ in every alternative: one alternative only. */
function endsWithSpace(source: string, from: number, to: number): boolean {
  const inner = source.slice(from, to);
  const tail = /(?<!\\)(?:\\\\)*\\s\+?$/.test(inner);
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return tail;
}

function sequence(source: string, from: number, to: number): Partial[] | null {
  let starts: Partial[] = [{ text: '', exact: false, wordStart: false, more: true }];
  /** The letters end here: no letter may follow them (`exact`), or we cannot tell. */
  const end = (exact: boolean) => {
    starts = starts.map((s) => (s.more ? { ...s, exact, more: false } : s));
  };
  let i = from;
  while (i < to && starts.some((s) => s.more)) {
    if (starts.length > MAX_STARTS) {
      end(false);
      break;
    }
    const ch = source[i];
    let atomEnd: number;
    let read: Partial[] | null | 'zero-width' | 'non-letter' | 'boundary';
    if (ch === '(') {
      const close = closingParen(source, i);
      if (close < 0 || close >= to) return null;
      atomEnd = close + 1;
      if (source.startsWith('(?<=', i) && endsWithSpace(source, i + 4, close)) read = 'boundary';
      else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) read = 'zero-width';
      else if (source.startsWith('(?:', i)) read = alternation(source, i + 3, close);
      else if (source[i + 1] !== '?') read = alternation(source, i + 1, close);
      else read = null;
    } else if (ch === '\\') {
      const esc = source[i + 1] ?? '';
      atomEnd = i + 2;
      if (esc === 'b') read = 'boundary';
      else if (/^[sWd]$/.test(esc) || (esc !== '' && !/^[A-Za-z0-9]$/.test(esc))) read = 'non-letter';
      else read = null;
    } else if (/^[A-Za-z]$/.test(ch)) {
      atomEnd = i + 1;
      read = [{ text: ch.toLowerCase(), exact: false, wordStart: false, more: true }];
    } else if (ch === '[') {
      // A class of letters only ("[ai]", "[sz]"): each of them, as a group of one-letter alternatives.
      let close = i + 1;
      while (close < to && source[close] !== ']') close += source[close] === '\\' ? 2 : 1;
      if (close >= to) return null;
      atomEnd = close + 1;
      const letters = source.slice(i + 1, close);
      read = /^[A-Za-z]+$/.test(letters) ? [...new Set(letters.toLowerCase())].map((l) => ({ text: l, exact: false, wordStart: false, more: true })) : null;
    } else if (/^[.^$|)?*+{]$/.test(ch)) {
      atomEnd = i + 1;
      read = null;
    } else {
      atomEnd = i + 1;
      read = 'non-letter';
    }
    const quantifier = QUANTIFIER.exec(source.slice(atomEnd, atomEnd + 1))?.[0];
    if (read === 'zero-width' || read === 'boundary') {
      // A quantified assertion is not worth reading.
      if (quantifier) return null;
      if (read === 'boundary') {
        // \b (or a space just before) before any letter: the match starts a word; \b after letters: no letter follows them.
        starts = starts.map((s) => (!s.more ? s : s.text === '' ? { ...s, wordStart: true } : source[i] === '\\' ? { ...s, exact: true, more: false } : s));
      }
      i = atomEnd;
      continue;
    }
    // A non-letter ends the letters before it ("\s", "\s+", "-"); one that may be left out ("-?", "\s*") lets them go on too.
    if (read === 'non-letter' && quantifier !== '{') {
      const mayBeLeftOut = quantifier === '?' || quantifier === '*';
      starts = starts.flatMap((s) => (!s.more ? [s] : mayBeLeftOut ? [s, { ...s, exact: true, more: false }] : [{ ...s, exact: true, more: false }]));
      i = atomEnd + (quantifier ? (source[atomEnd + 1] === '?' ? 2 : 1) : 0);
      continue;
    }
    if (read === null || read === 'non-letter' || (quantifier && quantifier !== '?')) {
      end(false);
      break;
    }
    // `?`: the atom taken once, or not at all (lazy or greedy, the same two ways).
    const optional = quantifier === '?';
    const next = atomEnd + (optional ? (source[atomEnd + 1] === '?' ? 2 : 1) : 0);
    const reads = read;
    starts = starts.flatMap((s) => {
      if (!s.more) return [s];
      const taken = reads.map((r) => ({
        text: s.text + r.text,
        exact: r.exact,
        wordStart: s.wordStart || (s.text === '' && r.wordStart),
        more: r.more,
      }));
      return optional ? [s, ...taken] : taken;
    });
    i = next;
  }
  return starts;
}
