import { describe, expect, it } from 'vitest';
import { decisionsFor, recordDecision, sameDecisions, type RawCuration } from './curationDecisions';

const base: RawCuration = {
  version: 1,
  entities: [{ id: 'kp', addAliases: ['DPRK'] }],
  relations: [{ match: 'meeting-a-b-1', action: 'reject', reason: 'not a meeting' }],
};

describe('recordDecision', () => {
  it('adds a decision about a new relation and keeps the others and every other field as written', () => {
    const next = recordDecision(base, { match: 'conflict-c-d-2', action: 'reject' });
    expect(next.relations).toEqual([...(base.relations as unknown[]), { match: 'conflict-c-d-2', action: 'reject' }]);
    expect(next.entities).toBe(base.entities);
  });

  it('replaces the earlier decision about the same relation', () => {
    const next = recordDecision(base, { match: 'meeting-a-b-1', action: 'edit', set: { status: 'intent' } });
    expect(decisionsFor(next, 'meeting-a-b-1')).toEqual([{ match: 'meeting-a-b-1', action: 'edit', set: { status: 'intent' } }]);
  });

  it('starts a relations list in a file that has none', () => {
    expect(recordDecision({ version: 1 }, { match: 'x-y', action: 'reject' }).relations).toEqual([{ match: 'x-y', action: 'reject' }]);
  });
});

describe('sameDecisions', () => {
  it('sees no conflict when only other relations were decided meanwhile', () => {
    const current = recordDecision(base, { match: 'other-1', action: 'reject' });
    expect(sameDecisions(base, current, 'meeting-a-b-1')).toBe(true);
  });

  it('sees a conflict when the same relation was decided meanwhile', () => {
    const current = recordDecision(base, { match: 'meeting-a-b-1', action: 'edit', set: { kind: 'conflict' } });
    expect(sameDecisions(base, current, 'meeting-a-b-1')).toBe(false);
  });
});
