import { describe, expect, it } from 'vitest';
import { MaskSet, testByPosition } from './maskSet';

const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('MaskSet', () => {
  const set = new MaskSet(list, Uint8Array.from([0, 1, 0, 1]));

  it('reads as the set of the masked ids, in list order', () => {
    expect(set.size).toBe(2);
    expect([...set]).toEqual(['b', 'd']);
    expect([...set.keys()]).toEqual(['b', 'd']);
    expect([...set.entries()]).toEqual([
      ['b', 'b'],
      ['d', 'd'],
    ]);
    const seen: string[] = [];
    set.forEach((id) => seen.push(id));
    expect(seen).toEqual(['b', 'd']);
    expect(new Set(set)).toEqual(new Set(['b', 'd']));
  });

  it('answers has by id, also for ids the list does not hold', () => {
    expect(set.has('b')).toBe(true);
    expect(set.has('a')).toBe(false);
    expect(set.has('zz')).toBe(false);
    expect(set.hasAt(3)).toBe(true);
    expect(set.hasAt(2)).toBe(false);
  });

  it('all() holds every record', () => {
    const all = MaskSet.all(list);
    expect(all.size).toBe(4);
    expect([...all]).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('testByPosition', () => {
  it('reads the mask of a MaskSet over the same list, and looks ids up otherwise', () => {
    const masked = new MaskSet(list, Uint8Array.from([1, 0, 0, 1]));
    const plain = new Set(['a', 'd']);
    const other = list.map((r) => ({ ...r })); // same ids, another list: the mask's positions may not apply
    for (const [set, on] of [
      [masked, list],
      [plain, list],
      [masked, other],
    ] as const) {
      const test = testByPosition(set, on);
      expect([0, 1, 2, 3].map(test)).toEqual([true, false, false, true]);
    }
  });
});
