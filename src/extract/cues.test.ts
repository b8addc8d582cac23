import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import events from './lexicon/events.json';
import { cueForms, cueMatches, PACT_NOUNS, triggerCues } from './cues';
import { byFirstLetter, execAll, matchStarts } from './regex';

describe('cue patterns', () => {
  it('test the words a lookbehind-first pattern starts with before its lookbehind', () => {
    const sources = triggerCues().map((c) => c.re.source).join('\n');
    const lookbehindFirst = (events.cues as Array<{ regex?: string[] }>).flatMap((c) => c.regex ?? []).filter((r) => r.startsWith('(?<'));
    expect(lookbehindFirst.length).toBeGreaterThan(0);
    for (const r of lookbehindFirst) expect(sources).toMatch(new RegExp(`\\(\\?=[^()]+\\)\\(\\?:${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
  });

  it('uses no Unicode property escape in a cue pattern: they are compiled without the u flag, where \\p{Lu} matches "p", "L", "u"… and no capital', () => {
    const patterns = (events.cues as Array<{ regex?: string[] }>).flatMap((c) => c.regex ?? []);
    expect(patterns.filter((r) => /\\[pP]\{/.test(r))).toEqual([]);
  });

  it('a guarded pattern matches what it matched before', () => {
    const host = triggerCues().find((c) => c.mode === 'meet')!.re;
    const matches = (s: string) => [...s.matchAll(host)].map((m) => m[0]);
    expect(matches('Ruritania will host the talks next week.')).toContain('host');
    expect(matches('The host nation opened the fair.')).not.toContain('host');
  });

  it('one list of pact nouns, singular and plural', () => {
    const pact = new RegExp(`^${PACT_NOUNS}$`, 'i');
    for (const w of ['pact', 'treaties', 'agreements', 'accord', 'arrangement']) expect(pact.test(w)).toBe(true);
    expect(pact.test('talks')).toBe(false);
  });

  it('forms grouped by first letter match exactly what the plain alternation matched', () => {
    const forms = cueForms({ verbs: ['meet', 'host', 'hold talks'], nouns: ['meeting', 'summit', 'handshake'], phrases: ['sit down with', 'spoke by phone'] });
    const text = 'Summit hosts met; the Hosting side held talks, shook hands, a handshake, sat down with them and spoke by phone at the meeting. MEETING.';
    for (const flags of ['gi', 'g']) {
      const plain = new RegExp(`\\b(?:${forms.join('|')})\\b`, flags);
      const grouped = new RegExp(`\\b(?:${byFirstLetter(forms, flags === 'gi')})\\b`, flags);
      expect(grouped.source).not.toBe(plain.source);
      expect([...text.matchAll(grouped)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
    }
  });

  it('leaves forms as they are when one starts with regex source, not a letter', () => {
    expect(byFirstLetter(['talks', '(?:re-)?open', 'tea'], true)).toBe('talks|(?:re-)?open|tea');
    expect(byFirstLetter(['s?he', 'sea'], true)).toBe('s?he|sea');
    expect(byFirstLetter(['Thanks', 'thank'], false)).toBe('T(?:hanks)|t(?:hank)');
  });

  it('groups titles and names by any first character when case counts, accents and all', () => {
    const titles = ['Élysée', 'Emir', 'Foreign Minister', 'Foreign Secretary', 'Émile', 'U\\.S\\. envoy'];
    const text = 'Émile met the Emir; Foreign Secretary Ruiz and the U.S. envoy visited the Élysée, not the élysée.';
    const plain = new RegExp(`(?<![\\p{L}\\w-])(?:${titles.join('|')})`, 'gu');
    const grouped = new RegExp(`(?<![\\p{L}\\w-])(?:${byFirstLetter(titles, false)})`, 'gu');
    expect(byFirstLetter(titles, false)).toMatch(/^É\(\?:lysée\|mile\)\|E\(\?:mir\)\|F\(/);
    expect([...text.matchAll(grouped)].map((m) => m[0])).toEqual([...text.matchAll(plain)].map((m) => m[0]));
    expect([...text.matchAll(grouped)].map((m) => m[0])).toEqual(['Émile', 'Emir', 'Foreign Secretary', 'U.S. envoy', 'Élysée']);
  });

  it('reads how a match starts: letters through groups and `?`, exact before a non-letter or \\b, a word after \\b or a space', () => {
    const starts = (source: string) => matchStarts(source)?.map((s) => `${s.wordStart ? '\\b' : ''}${s.text}${s.exact ? '.' : '…'}`);
    expect(starts(String.raw`\b(?:call(?:s|ed)?|brand)\s+(?:him|her)`)).toEqual(['\\bcall.', '\\bcalls.', '\\bcalled.', '\\bbrand.']);
    expect(starts(String.raw`(?<=\bto\s)Host\b|\bre-?open`)).toEqual(['\\bhost.', '\\breopen…', '\\bre.']);
    expect(starts(String.raw`(?<=\bto\s*)host|(?<=a|\s)host`)).toEqual(['host…', 'host…']);
    expect(starts(String.raw`\b(?:still\s+)?disagree[sd]?`)).toEqual(['\\bdisagree…', '\\bdisagrees…', '\\bdisagreed…', '\\bstill.']);
    expect(matchStarts(String.raw`\b(?:[A-Z]\w+|ally)`)).toBeNull();
    expect(starts(String.raw`\bs?he`)).toEqual(['\\bhe…', '\\bshe…']);
    expect(matchStarts(String.raw`\b\w+`)).toBeNull();
  });

  it('finds in a sentence what the whole alternation of each cue finds', () => {
    const fixtures = join(__dirname, 'fixtures');
    const sentences = readdirSync(fixtures)
      .filter((d) => d.startsWith('blind'))
      .sort()
      .slice(0, 12)
      .flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, d, f), 'utf8')))
      .flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
    expect(sentences.length).toBeGreaterThan(500);
    const cues = triggerCues();
    for (const s of sentences) {
      const words = new Set(s.toLowerCase().match(/[a-z’'-]+/g) ?? []);
      const whole = cues
        .filter((c) => !c.firstWords || c.firstWords.some((w) => words.has(w)))
        .map((c) => ({ cue: c.mode, matches: execAll(c.re, s).map((m) => [m.index, m[0]]) }))
        .filter((c) => c.matches.length);
      expect(cueMatches(s).map(({ cue, matches }) => ({ cue: cue.mode, matches: matches.map((m) => [m.index, m[0]]) }))).toEqual(whole);
    }
  });
});
