import { describe, expect, it } from 'vitest';
import { formatCount } from './format';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 300_000, 1_234_567, -4500, 1e15]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
    expect(formatCount(2.5)).toBe((2.5).toLocaleString('en'));
  });
});
