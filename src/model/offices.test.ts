import { describe, expect, it } from 'vitest';
import type { Graph, Relation } from './schema';
import { dateInView, labelOffice, officeAsOf, officeIndex, officeLookup, officeTitle, officesOf } from './offices';

const articles = new Map([
  ['a1', { published: '2023-09-17' }],
  ['a2', { published: '2023-10-20' }],
  ['a3', { published: '2024-06-01' }],
]);
const role = (id: string, of: string, arts: string[], date?: Relation['date']): Relation => ({
  id,
  kind: 'role',
  participants: ['shoigu', of],
  directed: true,
  status: 'reported',
  summary: `Shoigu serves ${of}.`,
  evidence: arts.map((article) => ({ article, start: 0, end: 1, quote: 'x' })),
  origin: 'extracted',
  ...(date ? { date } : {}),
});

describe('offices as of a date', () => {
  const defence = role('defence', 'ru', ['a1', 'a2']);
  const council = role('council', 'security-council', ['a3'], '2024-05');
  const offices = officesOf('shoigu', [council, defence, role('other', 'x', [])], articles);

  it('dates each office by the reports that attest it, oldest first', () => {
    expect(offices.map((o) => [o.relation.id, o.first, o.last])).toEqual([
      ['defence', '2023-09-17', '2023-10-20'],
      ['council', '2024-05-01', '2024-06-01'],
    ]);
  });

  it('gives the office held at the time: attested then, else the latest before, else the first after', () => {
    expect(officeAsOf(offices, '2023-10')?.relation.id).toBe('defence');
    expect(officeAsOf(offices, '2024-01-15')?.relation.id).toBe('defence');
    expect(officeAsOf(offices, { start: '2024-05-20', end: '2024-07-01' })?.relation.id).toBe('council');
    expect(officeAsOf(offices, '2022')?.relation.id).toBe('defence');
    expect(officeAsOf(offices, undefined)?.relation.id).toBe('council');
    expect(officeAsOf([], '2023')).toBeUndefined();
  });
});

describe('the office a label shows', () => {
  const graph = {
    articles: [
      { id: 'a1', published: '2023-09-17' },
      { id: 'a2', published: '2024-06-01' },
    ] as Graph['articles'],
    entities: [
      { id: 'shoigu', kind: 'person', name: 'Sergei Shoigu', aliases: [], offices: ['Defence Minister', 'Secretary of the Security Council'] },
      { id: 'peskov', kind: 'person', name: 'Dmitry Peskov', aliases: [], offices: ['Kremlin spokesman'] },
      { id: 'ru', kind: 'country', name: 'Russia', aliases: [] },
    ] as Graph['entities'],
    relations: [
      { ...role('defence', 'ru', ['a1']), summary: 'Sergei Shoigu is Defence Minister of Russia.' },
      { ...role('council', 'ru', ['a2']), summary: 'Sergei Shoigu is Secretary of the Security Council of Russia.' },
    ],
  };
  const index = officeIndex(graph);

  it('shows the office held at the date in view, by the reports nearest it', () => {
    const shoigu = index.get('shoigu')!;
    expect(labelOffice(shoigu, '2023')).toBe('Defence Minister');
    expect(labelOffice(shoigu, { start: '2024-05', end: '2024-12' })).toBe('Secretary of the Security Council');
    expect(labelOffice(shoigu, '2022-01-01')).toBe('Defence Minister');
    // No date in view: the latest office the sources attest, not whichever title came first.
    expect(labelOffice(shoigu, undefined)).toBe('Secretary of the Security Council');
  });

  it('answers person by person (the graph view asks only for the people it shows), once each', () => {
    const lookup = officeLookup(graph);
    const [shoigu, peskov, ru] = graph.entities;
    expect(lookup(shoigu)?.dated).toHaveLength(2);
    expect(lookup(peskov)).toEqual({ titles: ['Kremlin spokesman'], dated: [] });
    expect(lookup(ru)).toBeUndefined();
    expect(lookup(shoigu)).toBe(lookup(shoigu));
  });

  it('keeps the title as worded for someone whose offices the sources do not date', () => {
    expect(labelOffice(index.get('peskov')!, '2023')).toBe('Kremlin spokesman');
    expect(index.has('ru')).toBe(false);
  });

  it('names the longest title a role states, so "Secretary General" does not shadow "NATO Secretary General"', () => {
    const office = officesOf('shoigu', [{ ...role('nato', 'nato', ['a1']), summary: 'Jens Stoltenberg is NATO Secretary General of NATO.' }], articles)[0];
    expect(officeTitle(office, ['Secretary General', 'NATO Secretary General'])).toBe('NATO Secretary General');
    expect(officeTitle(office, ['Prime Minister'])).toBeUndefined();
  });

  it('takes the date in view from the selected relation, else the brush, else none', () => {
    expect(dateInView({ from: '2023', to: '2024-03' }, '2024-06-01')).toBe('2024-06-01');
    expect(dateInView({ from: '2023', to: '2024-03' })).toEqual({ start: '2023', end: '2024-03' });
    expect(dateInView({ from: '2023-05' })).toEqual({ start: '2023-05', end: '9999' });
    expect(dateInView({ to: '2023' })).toEqual({ start: '0001', end: '2023' });
    expect(dateInView({})).toBeUndefined();
  });
});
