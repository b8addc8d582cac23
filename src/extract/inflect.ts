/**
 * Word forms for the cue lexicon (lexicon/events.json): a verb lemma becomes its present,
 * past and -ing forms, a noun its plural, so the data file lists each word once.
 * Only the first word of a multi-word cue inflects ("rail against" → "railed against").
 * A lemma ending in "+" doubles its final consonant ("expel+" → expelled, expelling).
 */

const VOWEL = /[aeiou]/;

/** Doubles a final consonant after a single stressed vowel: ship → shipped, but visit → visited. */
function doubles(word: string): boolean {
  return /^[^aeiou]*[aeiou][bdgmnprt]$/.test(word) && word.length <= 4;
}

function verbForms(entry: string): string[] {
  // "expel+": a stressed last syllable doubles its consonant (expelled), which spelling alone cannot tell.
  const forceDouble = entry.endsWith('+');
  const word = forceDouble ? entry.slice(0, -1) : entry;
  if (word.endsWith('ee')) return [word, `${word}s`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) return [word, `${word}s`, `${word}d`, `${word.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(word)) return [word, `${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`, `${word}ing`];
  if (/(s|sh|ch|x|z)$/.test(word)) return [word, `${word}es`, `${word}ed`, `${word}ing`];
  if (forceDouble || doubles(word)) {
    const last = word[word.length - 1];
    return [word, `${word}s`, `${word}${last}ed`, `${word}${last}ing`];
  }
  void VOWEL;
  // British spelling doubles a final l after one vowel (travelled, cancelling) where American does not.
  if (/[^aeiou][aeiou]l$/.test(word) && word.length > 4) return [word, `${word}s`, `${word}ed`, `${word}ing`, `${word}led`, `${word}ling`];
  return [word, `${word}s`, `${word}ed`, `${word}ing`];
}

/** "fight>fought>fought" → fight, fights, fighting, fought; "rail against" → rails against, … */
export function inflectVerb(entry: string): string[] {
  const [lemma, past, participle] = entry.split('>');
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms = verbForms(head).map((f) => f + tail);
  if (past) {
    // An irregular past replaces the regular one.
    forms.splice(2, 1, past);
    if (participle && participle !== past) forms.push(participle);
  }
  return [...new Set(forms)];
}

/** "dispute with" → dispute with, disputes with; "joint drill" → joint drill, joint drills. */
export function inflectNoun(entry: string): string[] {
  const words = entry.split(' ');
  // The head noun is the last word before a trailing preposition.
  let head = words.length - 1;
  while (head > 0 && /^(with|for|of|on|against|to|into|between)$/.test(words[head])) head--;
  const noun = words[head];
  const plural = /(s|sh|ch|x)$/.test(noun) ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  const pluralEntry = [...words.slice(0, head), plural, ...words.slice(head + 1)].join(' ');
  return [...new Set([entry, pluralEntry])];
}
