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
  const first = (f: string) => String.fromCodePoint(f.codePointAt(0) ?? 0);
  const plain = (f: string) => {
    const c = first(f);
    const rest = f.slice(c.length);
    if (!f || /^[?*+{]/.test(rest)) return false;
    return ignoreCase ? /^[A-Za-z]$/.test(c) : !/^[\\^$.|?*+()[\]{}]$/.test(c);
  };
  if (!forms.every(plain)) return forms.join('|');
  const groups = new Map<string, string[]>();
  for (const f of forms) {
    const c = first(f);
    const key = ignoreCase ? c.toLowerCase() : c;
    const list = groups.get(key);
    if (list) list.push(f.slice(c.length));
    else groups.set(key, [f.slice(c.length)]);
  }
  return [...groups].map(([c, rests]) => `${c}(?:${rests.join('|')})`).join('|');
}
