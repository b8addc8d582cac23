import { describe, expect, it } from 'vitest';
import { positionResolver } from './positions';
import { graphOf } from '../test/fixtures';

const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'abc', participants: ['a', 'b', 'c'] }, { id: 'ab', participants: ['a', 'b'] }]);
const layout = { 'e:a': { x: 0, y: 0 }, 'e:b': { x: 100, y: 0 }, 'e:c': { x: 50, y: 90 }, 'h:abc': { x: 50, y: 30 } };

describe('positionResolver', () => {
  it('uses the layout when nothing is pinned', () => {
    const at = positionResolver(g, layout, {});
    for (const [id, point] of Object.entries(layout)) expect(at(id)).toEqual(point);
  });
  it('pinned positions win and drag the hub along by the mean displacement', () => {
    const at = positionResolver(g, layout, { c: { x: 50, y: 180 } });
    expect(at('e:c')).toEqual({ x: 50, y: 180 });
    expect(at('e:a')).toEqual({ x: 0, y: 0 });
    expect(at('h:abc')).toEqual({ x: 50, y: 60 });
  });
  it('knows no hub for a two-party relation or an unknown id', () => {
    const at = positionResolver(g, layout, {});
    expect(at('h:ab')).toBeUndefined();
    expect(at('h:nope')).toBeUndefined();
    expect(at('r:ab')).toBeUndefined();
  });
  it("never hands out the layout's own points (Cytoscape would move them with a drag)", () => {
    const at = positionResolver(g, layout, {});
    for (const id of Object.keys(layout)) expect(at(id)).not.toBe(layout[id as keyof typeof layout]);
  });
});
