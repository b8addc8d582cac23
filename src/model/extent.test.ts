import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extent';

describe('maxOf / minOf', () => {
  it('find the extremes, with the floor or ceiling when nothing beats it', () => {
    expect(maxOf([3, 9, 4])).toBe(9);
    expect(minOf([3, 9, 4])).toBe(3);
    expect(maxOf([], 1)).toBe(1);
    expect(maxOf([0.5], 1)).toBe(1);
    expect(minOf(new Set([7, 2]), 0)).toBe(0);
    expect(maxOf(new Map([['a', 5]]).values())).toBe(5);
  });

  it('take half a million values, where a spread call overflows the stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i % 1000);
    expect(() => Math.max(...many)).toThrow(RangeError);
    expect(maxOf(many)).toBe(999);
    expect(minOf(many)).toBe(0);
  });
});
