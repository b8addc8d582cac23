import { describe, expect, it } from 'vitest';
import { capped, formatFigure, median, ratio, table, worst } from './stats';

describe('median', () => {
  it('takes the middle run, averaging an even count', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20])).toBe(15);
    expect(median([null, 5, null])).toBe(5);
    expect(median([null])).toBeNull();
  });
  it('orders a capped run after every finished one and keeps the cap when it is the median', () => {
    expect(median([capped(120000), 50, 60])).toBe(60);
    expect(median([capped(120000), capped(120000), 60])).toBe('> 120000');
  });
});

describe('worst', () => {
  it('is the slowest run for times and the fewest frames for frame rates', () => {
    expect(worst([30, 110, 20], 'lower')).toBe(110);
    expect(worst([48, 21, 39], 'higher')).toBe(21);
    expect(worst([null, 5], 'lower')).toBe(5);
    expect(worst([null], 'lower')).toBeNull();
  });
  it('counts a capped run as the worst time', () => {
    expect(worst([50, capped(120000), 60], 'lower')).toBe('> 120000');
    expect(worst([capped(120000)], 'higher')).toBeNull();
  });
});

describe('ratio', () => {
  it('says how many times better or worse Entente is', () => {
    expect(ratio('settledMs', 100, 2000)).toBe('20× better');
    expect(ratio('panZoomFps', 60, 3)).toBe('20× better');
    expect(ratio('firstFrameMs', 300, 240)).toBe('1.3× worse');
  });
  it('gives a lower bound against a capped baseline and nothing without figures', () => {
    expect(ratio('settledMs', 2000, capped(120000))).toBe('> 60× better');
    expect(ratio('settledMs', null, 10)).toBe('');
  });
});

describe('table', () => {
  it('prints capped figures as "> cap"', () => {
    expect(formatFigure(capped(120000), 'ms')).toBe('> 120 s');
    const t = table({ L: { entities: 5000, relations: 15000, metrics: { settledMs: { entente: 2000, baseline: capped(120000) } } } });
    expect(t).toContain('| L (5,000/15,000) | settled layout | 2000 ms | – | > 120 s | > 60× better |');
    const withWorst = table({ L: { entities: 5000, relations: 15000, metrics: { filterCountryMs: { entente: 105, ententeWorst: 149, baseline: null } } } });
    expect(withWorst).toContain('| L (5,000/15,000) | country filter → frame | 105 ms | 149 ms | – |  |');
  });
});
