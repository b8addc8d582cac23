import { describe, expect, it } from 'vitest';
import { indexGraph } from './graphIndex';
import { describeForReader, directionOfKey, neighboursOf, pickInDirection, startOfWalk } from './keyboardWalk';
import { graphOf } from '../test/fixtures';

const g = graphOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'p', kind: 'person', name: 'Pat' }], [
  { id: 'abc', participants: ['a', 'b', 'c'], kind: 'cooperation', status: 'proposed' },
  { id: 'cd', participants: ['c', 'd'] },
  { id: 'cp', participants: ['c', 'p'], kind: 'meeting' },
]);
const index = indexGraph(g);
const all = { entities: new Set(['a', 'b', 'c', 'd', 'p']), relations: new Set(['abc', 'cd', 'cp']) };

describe('neighboursOf', () => {
  it('an entity reaches its visible relations, in data order', () => {
    expect(neighboursOf(index, { type: 'entity', id: 'c' }, all).map((s) => s.id)).toEqual(['abc', 'cd', 'cp']);
    expect(neighboursOf(index, { type: 'entity', id: 'c' }, { ...all, relations: new Set(['cd']) }).map((s) => s.id)).toEqual(['cd']);
  });
  it('a relation reaches its visible participants', () => {
    expect(neighboursOf(index, { type: 'relation', id: 'abc' }, all)).toEqual([
      { type: 'entity', id: 'a' },
      { type: 'entity', id: 'b' },
      { type: 'entity', id: 'c' },
    ]);
  });
});

describe('pickInDirection', () => {
  const o = { x: 0, y: 0 };
  const cands = [
    { item: 'east', at: { x: 100, y: 0 } },
    { item: 'north-east-near', at: { x: 30, y: -40 } },
    { item: 'south', at: { x: 0, y: 80 } },
    { item: 'west', at: { x: -60, y: 5 } },
  ];
  it('takes the neighbour straight ahead over a nearer one off to the side', () => {
    expect(pickInDirection(o, cands, 'right')).toBe('east');
    expect(pickInDirection(o, cands, 'left')).toBe('west');
    expect(pickInDirection(o, cands, 'down')).toBe('south');
    expect(pickInDirection(o, cands, 'up')).toBe('north-east-near');
  });
  it('with nothing ahead, still moves: to the bearing closest to the arrow', () => {
    expect(pickInDirection(o, [{ item: 'sw', at: { x: -50, y: 50 } }, { item: 'w', at: { x: -50, y: 0 } }], 'up')).toBe('w');
  });
  it('nothing to pick from, nothing picked', () => {
    expect(pickInDirection(o, [], 'up')).toBeUndefined();
  });
});

describe('startOfWalk', () => {
  it('starts at the visible selection', () => {
    expect(startOfWalk(g, index, all, { type: 'relation', id: 'cd' })).toEqual({ type: 'relation', id: 'cd' });
  });
  it('else at the entity with most visible relations', () => {
    expect(startOfWalk(g, index, all)).toEqual({ type: 'entity', id: 'c' });
    expect(startOfWalk(g, index, { ...all, relations: new Set(['abc']) }, { type: 'relation', id: 'cd' })).toEqual({ type: 'entity', id: 'a' });
  });
});

describe('describeForReader', () => {
  it('an entity: name, kind and how many visible relations', () => {
    expect(describeForReader(index, { type: 'entity', id: 'c' }, all)).toBe('C, country, 3 relations');
    expect(describeForReader(index, { type: 'entity', id: 'p' }, all)).toBe('Pat, person, 1 relation');
  });
  it('a relation: first participant, kind and status, the others, and its sources', () => {
    expect(describeForReader(index, { type: 'relation', id: 'abc' }, all)).toBe('A — cooperation, proposed — B, C (1 source)');
  });
});

describe('directionOfKey', () => {
  it('maps the four arrows and nothing else', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('Enter')).toBeUndefined();
  });
});
