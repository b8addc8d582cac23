import { describe, expect, it } from 'vitest';
import { validateGraph } from '../model/validate';
import { generateGraph, SIZES } from './generate';
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/schema';

describe('generateGraph', () => {
  it('gives the same bytes for the same seed, and a different graph for another seed', () => {
    const a = JSON.stringify(generateGraph({ entities: 300, relations: 900, seed: 7 }));
    const b = JSON.stringify(generateGraph({ entities: 300, relations: 900, seed: 7 }));
    const c = JSON.stringify(generateGraph({ entities: 300, relations: 900, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  const m = generateGraph({ ...SIZES.M, seed: 1 });

  it('at size M passes the same validation as the seed (schema, ids, every quote at its offsets)', () => {
    const result = validateGraph('M.json', JSON.parse(JSON.stringify(m)), () => undefined);
    expect(result.problems).toEqual([]);
    expect(m.entities).toHaveLength(1_000);
    expect(m.relations).toHaveLength(3_000);
  });

  it('uses real countries with ISO ids, every entity kind, relation kind and status', () => {
    const kinds = new Set(m.entities.map((e) => e.kind));
    for (const k of ENTITY_KINDS) expect(kinds, k).toContain(k);
    for (const k of RELATION_KINDS) expect(m.relations.some((r) => r.kind === k), k).toBe(true);
    for (const s of STATUSES) expect(m.relations.some((r) => r.status === s), s).toBe(true);
    const countries = m.entities.filter((e) => e.kind === 'country');
    expect(countries.map((c) => c.id)).toContain('cn');
    expect(countries.every((c) => /^[a-z]{2}$/.test(c.id))).toBe(true);
    expect(m.entities.filter((e) => e.kind === 'person').every((p) => p.offices?.length === 1 && p.country)).toBe(true);
    expect(m.relations.some((r) => r.participants.length > 2)).toBe(true);
  });

  it('spreads dates over twenty years at every precision, with spans and undated relations', () => {
    const dates = m.relations.map((r) => r.date);
    const points = dates.filter((d): d is string => typeof d === 'string');
    expect(points.some((d) => d.length === 4)).toBe(true);
    expect(points.some((d) => d.length === 7)).toBe(true);
    expect(points.some((d) => d.length === 10)).toBe(true);
    expect(dates.some((d) => typeof d === 'object')).toBe(true);
    expect(dates.some((d) => d === undefined)).toBe(true);
    const years = points.map((d) => Number(d.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(18);
    // Dated relations say the date in words, as a source would.
    expect(m.relations.filter((r) => r.date).every((r) => r.dateText && r.evidence[0].quote.includes(r.dateText))).toBe(true);
  });

  it('has hubs: a heavy-tailed degree distribution', () => {
    const degree = new Map<string, number>();
    for (const r of m.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(sorted[0]).toBeGreaterThan(20 * median);
  });
});
