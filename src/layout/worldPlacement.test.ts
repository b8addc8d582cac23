import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import countryPoints from './countryPoints.json' with { type: 'json' };
import { generateGraph } from '../generate/generate';
import { layoutInput } from './computeLayout';
import { clusterLayout } from './clusterLayout';
import { hasWorldPlacement, worldPlacement } from './worldPlacement';

const at = (lon: number, lat: number) => [lon, lat] as const;

describe('worldPlacement', () => {
  const clusters = [
    { id: 'us', radius: 100, geo: at(-97, 38) },
    { id: 'br', radius: 80, geo: at(-55, -10) },
    { id: 'ru', radius: 120, geo: at(100, 60) },
    { id: 'za', radius: 60, geo: at(24, -29) },
    { id: 'au', radius: 70, geo: at(133, -27) },
    { id: 'brics', radius: 40 },
    { id: 'lonely', radius: 30 },
  ];
  const weights = new Map([
    ['br\u0000brics', 3],
    ['brics\u0000ru', 3],
    ['brics\u0000za', 1],
  ]);

  it('puts countries west to east and north to south as on a map', () => {
    const pos = worldPlacement(clusters, weights)!;
    expect(pos.us.x).toBeLessThan(pos.za.x);
    expect(pos.za.x).toBeLessThan(pos.ru.x);
    expect(pos.ru.x).toBeLessThan(pos.au.x);
    expect(pos.ru.y).toBeLessThan(pos.us.y);
    expect(pos.us.y).toBeLessThan(pos.br.y);
  });

  it('puts a bloc at the weighted centre of its members, and what relates to nothing under the map', () => {
    const pos = worldPlacement(clusters, weights)!;
    const expected = { x: (3 * pos.br.x + 3 * pos.ru.x + pos.za.x) / 7, y: (3 * pos.br.y + 3 * pos.ru.y + pos.za.y) / 7 };
    expect(pos.brics.x).toBeCloseTo(expected.x);
    expect(pos.brics.y).toBeCloseTo(expected.y);
    const lowest = Math.max(...['us', 'br', 'ru', 'za', 'au'].map((id) => pos[id].y));
    expect(pos.lonely.y).toBeGreaterThan(lowest);
  });

  it('is not used when most clusters have no place (made-up countries)', () => {
    expect(hasWorldPlacement([{ id: 'a', radius: 1, geo: at(0, 0) }, { id: 'b', radius: 1 }, { id: 'c', radius: 1 }])).toBe(false);
    expect(worldPlacement([{ id: 'a', radius: 1 }, { id: 'b', radius: 1 }], new Map())).toBeUndefined();
  });

  it('gives a generated graph a map: the United States west of China, Russia north of South Africa', () => {
    const pos = clusterLayout(layoutInput(generateGraph({ entities: 700, relations: 2100, seed: 5 })));
    expect(pos['e:us'].x).toBeLessThan(pos['e:cn'].x);
    expect(pos['e:ru'].y).toBeLessThan(pos['e:za'].y);
  });
});

describe('countryPoints.json', () => {
  it('is what scripts/country-points.mjs makes of world-countries (re-run it after upgrading)', () => {
    const countries = createRequire(import.meta.url)('world-countries') as Array<{ cca2: string; latlng: [number, number] }>;
    for (const c of countries) expect(countryPoints.points[c.cca2.toLowerCase() as keyof typeof countryPoints.points], c.cca2).toEqual([c.latlng[1], c.latlng[0]]);
  });
});
