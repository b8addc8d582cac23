import { describe, expect, it } from 'vitest';
import { fansOf, fanTags } from './bundles';
import { graphOf, seedGraph } from '../test/fixtures';

describe('fans of relations between one pair', () => {
  it('tags the three Choe–Ryzhenkov meetings of the seed by their dates, in one year without it', () => {
    const fans = fansOf(seedGraph().relations);
    const tags = ['choe-hosts-ryzhenkov-banquet', 'choe-ryzhenkov-bilateral-talks', 'ryzhenkov-choe-handshake-caption'].map((id) => fans.get(id));
    expect(tags.map((t) => t?.tag)).toEqual(['23 Jul', 'undated', '22 Jul']);
    expect(tags.map((t) => t?.index)).toEqual([0, 1, 2]);
    expect(tags.every((t) => t?.size === 3)).toBe(true);
  });

  it('counts a pair whichever way round its participants are listed; a lone relation and a hub are no fan', () => {
    const g = graphOf(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        { id: 'ab', participants: ['a', 'b'], kind: 'meeting' },
        { id: 'ba', participants: ['b', 'a'], kind: 'conflict' },
        { id: 'bc', participants: ['b', 'c'] },
        { id: 'abc', participants: ['a', 'b', 'c'] },
      ],
    );
    const fans = fansOf(g.relations);
    expect([...fans.keys()]).toEqual(['ab', 'ba']);
    // Both undated: the kind tells them apart.
    expect(fans.get('ab')?.tag).toBe('meeting');
    expect(fans.get('ba')?.tag).toBe('conflict');
  });

  it('falls back to what does differ, and to numbers when nothing does', () => {
    const g = graphOf(
      [{ id: 'a' }, { id: 'b' }],
      [
        { id: 'x', participants: ['a', 'b'], date: '2023-01-05', status: 'reported' },
        { id: 'y', participants: ['a', 'b'], date: '2024-01-05', status: 'intent' },
        { id: 'z', participants: ['a', 'b'], date: '2024-01-05', status: 'reported' },
      ],
    );
    // Dates of two years keep the year; two share a date, so status joins it.
    expect(fanTags(g.relations)).toEqual(['reported, 5 Jan 2023', 'intent, 5 Jan 2024', 'reported, 5 Jan 2024']);
    const same = g.relations.map((r) => ({ ...r, date: undefined, status: 'reported' as const }));
    expect(fanTags(same)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
  });

  it('leaves a crowded fan untagged', () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const g = graphOf([{ id: 'a' }, { id: 'b' }], ids.map((id, i) => ({ id, participants: ['a', 'b'], date: `2024-01-0${i + 1}` })));
    const fans = fansOf(g.relations);
    expect(ids.map((id) => fans.get(id))).toEqual(ids.map((_, index) => ({ size: 5, index, tag: '' })));
  });
});
