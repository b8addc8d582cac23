import { describe, expect, it } from 'vitest';
import events from './lexicon/events.json';
import { PACT_NOUNS, triggerCues } from './cues';

describe('cue patterns', () => {
  it('test the words a lookbehind-first pattern starts with before its lookbehind', () => {
    const sources = triggerCues().map((c) => c.re.source).join('\n');
    const lookbehindFirst = (events.cues as Array<{ regex?: string[] }>).flatMap((c) => c.regex ?? []).filter((r) => r.startsWith('(?<'));
    expect(lookbehindFirst.length).toBeGreaterThan(0);
    for (const r of lookbehindFirst) expect(sources).toMatch(new RegExp(`\\(\\?=[^()]+\\)\\(\\?:${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
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
});
