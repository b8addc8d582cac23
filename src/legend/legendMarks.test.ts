import { describe, expect, it } from 'vitest';
import { legendMarks } from './legendMarks';
import { graphOf } from '../test/fixtures';

describe('legendMarks', () => {
  it('lists only the kinds and statuses the data uses, in the vocabulary order', () => {
    const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'p', kind: 'person' }], [
      { id: 'r1', participants: ['a', 'b'], kind: 'conflict', status: 'denied' },
      { id: 'r2', participants: ['p', 'a'], kind: 'meeting', status: 'reported' },
    ]);
    const m = legendMarks(g);
    expect(m.entityKinds).toEqual(['country', 'person']);
    expect(m.relationKinds).toEqual(['meeting', 'conflict']);
    expect(m.statuses).toEqual(['reported', 'denied']);
    expect(m).toMatchObject({ hubs: false, arrows: false, corroborated: false });
  });
  it('hubs and arrows only when a relation needs them', () => {
    const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'r', participants: ['a', 'b', 'c'], directed: true }]);
    expect(legendMarks(g)).toMatchObject({ hubs: true, arrows: true });
  });
});
