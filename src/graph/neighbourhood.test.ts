import { describe, expect, it } from 'vitest';
import { indexGraph } from './graphIndex';
import { neighbourhood } from './neighbourhood';
import { graphOf } from '../test/fixtures';

const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], [
  { id: 'abc', participants: ['a', 'b', 'c'] },
  { id: 'cd', participants: ['c', 'd'] },
]);
const index = indexGraph(g);

describe('neighbourhood', () => {
  it('of an entity: its visible relations and their participants', () => {
    const f = neighbourhood(index, { type: 'entity', id: 'c' }, new Set(['abc', 'cd']));
    expect([...f.entities].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...f.relations].sort()).toEqual(['abc', 'cd']);
  });
  it('skips hidden relations', () => {
    const f = neighbourhood(index, { type: 'entity', id: 'c' }, new Set(['cd']));
    expect([...f.entities].sort()).toEqual(['c', 'd']);
  });
  it('of a relation: the relation and all its participants', () => {
    const f = neighbourhood(index, { type: 'relation', id: 'abc' }, new Set());
    expect([...f.entities].sort()).toEqual(['a', 'b', 'c']);
    expect([...f.relations]).toEqual(['abc']);
  });
});
