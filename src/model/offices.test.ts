import { describe, expect, it } from 'vitest';
import type { Relation } from './schema';
import { officeAsOf, officesOf } from './offices';

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
