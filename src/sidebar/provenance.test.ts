import { describe, expect, it } from 'vitest';
import { describeEdit, editFor } from './provenance';
import { curationFileOf } from '../data/curationStore';

describe('provenance', () => {
  const curation = {
    relations: [
      { match: 'meeting-a-b-1', action: 'reject' },
      { match: 'cooperation-a-b-2', action: 'edit', set: { id: 'a-b-plan', status: 'intent', date: '2024-07-23', summary: 'A and B plan to work together.' } },
      { match: 'support-a-b-3', action: 'edit', reason: 'accepted in review on 2026-12-03' },
    ],
  };

  it('finds the edit by the id the curator gave or by the extracted id, never a rejection', () => {
    expect(editFor(curation, 'a-b-plan')?.match).toBe('cooperation-a-b-2');
    expect(editFor(curation, 'support-a-b-3')?.match).toBe('support-a-b-3');
    expect(editFor(curation, 'meeting-a-b-1')).toBeUndefined();
    expect(editFor({ nothing: true }, 'a-b-plan')).toBeUndefined();
  });

  it('says what changed in words', () => {
    expect(describeEdit(editFor(curation, 'a-b-plan')!)).toEqual(['status set to Intent', 'date set to 23 July 2024', 'summary reworded']);
    expect(describeEdit({ set: { kind: 'support', participants: ['b', 'a'] }, addEvidence: [{}, {}] })).toEqual(['kind set to Support', 'participants corrected', '2 quotes added']);
    expect(describeEdit({ set: { id: 'only-an-id' } })).toEqual([]);
  });

  it('reads the curation file beside the graph file', () => {
    expect(curationFileOf('data/graph.json')).toBe('data/curation.json');
    expect(curationFileOf('data/sample/graph.json')).toBe('data/sample/curation.json');
  });
});
