import { describe, expect, it } from 'vitest';
import { resolvePositions } from './positions';
import { graphOf } from '../test/fixtures';

const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'abc', participants: ['a', 'b', 'c'] }, { id: 'ab', participants: ['a', 'b'] }]);
const layout = { 'e:a': { x: 0, y: 0 }, 'e:b': { x: 100, y: 0 }, 'e:c': { x: 50, y: 90 }, 'h:abc': { x: 50, y: 30 } };

describe('resolvePositions', () => {
  it('uses the layout when nothing is pinned', () => {
    expect(resolvePositions(g, layout, {})).toEqual(layout);
  });
  it('pinned positions win and drag the hub along by the mean displacement', () => {
    const p = resolvePositions(g, layout, { c: { x: 50, y: 180 } });
    expect(p['e:c']).toEqual({ x: 50, y: 180 });
    expect(p['e:a']).toEqual({ x: 0, y: 0 });
    expect(p['h:abc']).toEqual({ x: 50, y: 60 });
  });
});
