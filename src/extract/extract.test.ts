import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RelationSchema } from '../model/schema';
import { extractArticle } from './extract';

/** An article written for this test, not part of the corpus the rules were developed on. */
const TEXT = `Japan and Vietnam vow closer ties

Vietnamese Foreign Minister Bui Thanh Son met Japanese Foreign Minister Yoko Kamikawa in Hanoi on Monday, the ministry said. Kamikawa pledged to expand cooperation with Vietnam.

Analysts say Japan, Vietnam and the Philippines will likely deepen trilateral cooperation. Vietnam could join Japan and Australia in three-way cooperation, a senior official suggested.

Beijing denied supplying weapons to Russia. Moscow has continued its war in Ukraine.

Most Read
Sign up for our newsletter`;

const result = extractArticle({ id: 'unseen', published: '2024-05-08' }, TEXT);
const find = (kind: string, status: string, ...ids: string[]) =>
  result.relations.filter((r) => r.kind === kind && r.status === status && r.participants.length === ids.length && ids.every((id) => r.participants.includes(id)));

describe('extractArticle on a text the rules were not written for', () => {
  it('finds countries by name, demonym and capital, and people by their titles', () => {
    const ids = result.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['jp', 'vn', 'ph', 'au', 'cn', 'ru', 'ua', 'bui-thanh-son', 'yoko-kamikawa']));
    expect(result.entities.find((e) => e.id === 'yoko-kamikawa')).toMatchObject({ kind: 'person', country: 'jp', offices: ['Foreign Minister'] });
  });

  it('codes meetings, roles and the five statuses', () => {
    expect(find('meeting', 'reported', 'bui-thanh-son', 'yoko-kamikawa')[0]?.date).toBe('2024-05-06');
    expect(find('role', 'reported', 'bui-thanh-son', 'vn')).toHaveLength(1);
    expect(find('cooperation', 'intent', 'jp', 'vn')).toHaveLength(1);
    expect(find('cooperation', 'forecast', 'jp', 'vn', 'ph')).toHaveLength(1);
    expect(find('cooperation', 'proposed', 'vn', 'jp', 'au')).toHaveLength(1);
    expect(find('cooperation', 'denied', 'cn', 'ru')).toHaveLength(1);
    expect(find('conflict', 'reported', 'ru', 'ua')).toHaveLength(1);
  });

  it('pins every relation to a verbatim quote and marks it as extracted', () => {
    expect(result.relations.length).toBeGreaterThan(5);
    for (const r of result.relations) {
      expect(RelationSchema.safeParse(r).success).toBe(true);
      expect(r.origin).toBe('extracted');
      for (const e of r.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('takes nothing from page furniture', () => {
    const chrome = TEXT.indexOf('Most Read');
    for (const r of result.relations) for (const e of r.evidence) expect(e.start).toBeLessThan(chrome);
    expect(result.report.ignored.map((i) => i.text)).toEqual(['Most Read', 'Sign up for our newsletter']);
  });

  it('is deterministic: the same text gives the same ids', () => {
    const again = extractArticle({ id: 'unseen', published: '2024-05-08' }, TEXT);
    expect(again.relations.map((r) => r.id)).toEqual(result.relations.map((r) => r.id));
    expect(new Set(result.relations.map((r) => r.id)).size).toBe(result.relations.length);
  });

  it('handles an empty or furniture-only text without throwing', () => {
    expect(extractArticle({ id: 'x', published: '2024-01-01' }, '').relations).toEqual([]);
    expect(extractArticle({ id: 'x', published: '2024-01-01' }, 'Top 10 Stories\nLETTER').relations).toEqual([]);
  });
});

describe('a wire story with a dateline, a suffixed name and a sea named after a country', () => {
  const text = `Biden hosts Kishida and Marcos for first trilateral summit

WASHINGTON (AP) — President Joe Biden hosted Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. at the White House on Thursday, pledging to defend the Philippines against Chinese coercion in the South China Sea.`;
  const r = extractArticle({ id: 'wire', published: '2024-04-12' }, text);
  it('codes one meeting of three, dated by the weekday', () => {
    const meetings = r.relations.filter((x) => x.kind === 'meeting');
    expect(meetings.map((m) => [...m.participants].sort())).toEqual([['ferdinand-marcos-jr', 'fumio-kishida', 'joe-biden']]);
    expect(meetings[0].date).toBe('2024-04-11');
    expect(meetings[0].evidence.length).toBe(2); // the headline restates the body
  });
  it('reads adjectival country names in titles and does not take "South China Sea" for China', () => {
    expect(r.entities.find((e) => e.id === 'ferdinand-marcos-jr')?.country).toBe('ph');
    expect(r.entities.find((e) => e.id === 'south-china-sea')?.kind).toBe('place');
    expect(r.relations.some((x) => x.participants.includes('cn') && x.kind !== 'role')).toBe(false);
  });
});

describe('the extraction core stays browser-safe', () => {
  it('imports no Node built-ins', () => {
    const dir = __dirname;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|fs|path|os|child_process|url)['"/]/);
    }
  });
});
