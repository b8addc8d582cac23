import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/schema';
import { addNewParticipant, addParticipant, answerEntity, newEntityEntries, answerMerge, unsureEntities, changes, mergeQuestions, cycleKind, cycleStatus, dateInputText, decidedMatches, decisionFor, draftOf, entityMatches, entriesFor, parseDateInput, progress, quoteInContext, removeParticipant, reviewQueue, swapDirection, undoDecision } from './reviewQueue';

const rel = (id: string, extra: Partial<Relation> = {}): Relation => ({
  id,
  kind: 'meeting',
  participants: ['a', 'b'],
  directed: false,
  status: 'reported',
  summary: id,
  evidence: [{ article: 'art', start: 0, end: 5, quote: `q-${id}` }],
  origin: 'extracted',
  confidence: 0.8,
  ...extra,
});

const ids = (rs: Relation[]) => rs.map((r) => r.id);

describe('reviewQueue', () => {
  const relations = [rel('one'), rel('unsure-two', { confidence: 0.6 }), rel('three'), rel('manual', { origin: 'manual', confidence: undefined }), rel('curated', { origin: 'curated' }), rel('unsure-four', { confidence: 0.6 })];

  it('shows the relations the extractor was unsure of first, then the rest, each in graph order; never manual or curated ones', () => {
    expect(ids(reviewQueue(relations, { decided: new Set(), skipped: [] }))).toEqual(['unsure-two', 'unsure-four', 'one', 'three']);
  });

  it('leaves out relations already decided', () => {
    expect(ids(reviewQueue(relations, { decided: new Set(['unsure-two', 'three']), skipped: [] }))).toEqual(['unsure-four', 'one']);
  });

  it('puts skipped relations last, in the order skipped, and a reopened one first', () => {
    expect(ids(reviewQueue(relations, { decided: new Set(), skipped: ['unsure-four', 'one'] }))).toEqual(['unsure-two', 'three', 'unsure-four', 'one']);
    expect(ids(reviewQueue(relations, { decided: new Set(), skipped: [], front: 'three' }))).toEqual(['three', 'unsure-two', 'unsure-four', 'one']);
  });

  it('counts decisions in the file and what is still open', () => {
    const decided = decidedMatches({ relations: [{ match: 'x', action: 'reject' }, { match: 'y', action: 'edit' }, 'junk'] });
    expect([...decided]).toEqual(['x', 'y']);
    expect(progress(decided, 4)).toEqual({ reviewed: 2, total: 6 });
    expect(decidedMatches({}).size).toBe(0);
    // Shown under the id a curator pinned, so decided under that id too (a decision on it would match nothing).
    expect([...decidedMatches({ relations: [{ match: 'extracted-1', action: 'edit', set: { id: 'pinned' } }] })]).toEqual(['extracted-1', 'pinned']);
  });
});

describe('drafts and decisions', () => {
  const r = rel('m');

  it('cycles kind (directed for support, conflict and role) and status, wrapping round', () => {
    const d = draftOf(r);
    expect(cycleKind(d)).toMatchObject({ kind: 'cooperation', directed: false });
    expect(cycleKind(cycleKind(cycleKind(d)))).toMatchObject({ kind: 'support', directed: true });
    expect(cycleStatus(d).status).toBe('intent');
    expect(cycleStatus({ ...d, status: 'denied' }).status).toBe('reported');
  });

  it('swaps actor and target only of a directed relation', () => {
    const d = draftOf(rel('s', { kind: 'support', directed: true, participants: ['x', 'y', 'z'] }));
    expect(swapDirection(d).participants).toEqual(['y', 'x', 'z']);
    expect(swapDirection(draftOf(r))).toEqual(draftOf(r));
  });

  it('turns round the sides when several act, and records the new acting side', () => {
    const two = rel('t', { kind: 'support', directed: true, participants: ['eg', 'tr', 'so'], actors: 2 });
    const swapped = swapDirection(draftOf(two));
    expect(swapped).toMatchObject({ participants: ['so', 'eg', 'tr'] });
    expect(swapped.actors).toBeUndefined();
    expect(changes(two, swapped)).toEqual({ participants: ['so', 'eg', 'tr'], actors: 1 });
    expect(swapDirection(swapped).participants).toEqual(['eg', 'so', 'tr']);
  });

  it('accepting unchanged sets nothing; accepting a changed draft sets only what changed; rejecting rejects', () => {
    expect(decisionFor(r, draftOf(r), 'accept', '2026-12-03')).toEqual({ match: 'm', quote: 'q-m', action: 'edit', reason: 'accepted in review on 2026-12-03' });
    const changed = cycleStatus(draftOf(r));
    expect(changes(r, changed)).toEqual({ status: 'intent' });
    expect(decisionFor(r, changed, 'accept', '2026-12-03')).toEqual({ match: 'm', quote: 'q-m', action: 'edit', reason: 'corrected in review on 2026-12-03', set: { status: 'intent' } });
    expect(decisionFor(r, changed, 'reject', '2026-12-03')).toMatchObject({ match: 'm', action: 'reject' });
  });
});

describe('undoDecision', () => {
  it('takes back the decision about one relation and restores what was there before, leaving the rest', () => {
    const before = { version: 1, note: 'kept', relations: [{ match: 'a', action: 'reject' }, { match: 'b', action: 'edit', set: { status: 'intent' } }] };
    const previous = entriesFor(before, 'b');
    const after = { ...before, relations: [{ match: 'a', action: 'reject' }, { match: 'b', action: 'reject' }, { match: 'c', action: 'edit' }] };
    expect(undoDecision(after, 'b', previous)).toEqual({ version: 1, note: 'kept', relations: [{ match: 'a', action: 'reject' }, { match: 'c', action: 'edit' }, { match: 'b', action: 'edit', set: { status: 'intent' } }] });
    expect(undoDecision(after, 'c', [])).toEqual({ version: 1, note: 'kept', relations: [{ match: 'a', action: 'reject' }, { match: 'b', action: 'reject' }] });
  });
});

describe('quoteInContext', () => {
  const text = 'Headline\n\nFirst sentence. The quoted words here. Last sentence.\n\nNext paragraph.';
  it('cuts the paragraph around the quote', () => {
    const start = text.indexOf('The quoted');
    const end = start + 'The quoted words here.'.length;
    expect(quoteInContext(text, start, end)).toEqual({ before: 'First sentence. ', quote: 'The quoted words here.', after: ' Last sentence.' });
  });
  it('shortens a long paragraph at word boundaries, marking the cut', () => {
    const long = `${'word '.repeat(200)}QUOTE${' more'.repeat(200)}`;
    const start = long.indexOf('QUOTE');
    const c = quoteInContext(long, start, start + 5, 50);
    expect(c.quote).toBe('QUOTE');
    expect(c.before.startsWith('…word')).toBe(true);
    expect(c.after.endsWith('more…')).toBe(true);
    expect(c.before.length).toBeLessThan(60);
  });

  it('reads a typed date at the precision typed, a span, or none; refuses what is not a date', () => {
    expect(parseDateInput('2024')).toEqual({ ok: true, date: '2024' });
    expect(parseDateInput(' 2024-07 ')).toEqual({ ok: true, date: '2024-07' });
    expect(parseDateInput('2024-07-22 to 2024-07-24')).toEqual({ ok: true, date: { start: '2024-07-22', end: '2024-07-24' } });
    expect(parseDateInput('2024-07-22–2024-07-24')).toEqual({ ok: true, date: { start: '2024-07-22', end: '2024-07-24' } });
    expect(parseDateInput('')).toEqual({ ok: true, date: null });
    expect(parseDateInput('2024-02-30')).toMatchObject({ ok: false, error: expect.stringContaining('“2024-02-30” is not a date') });
    expect(parseDateInput('last Tuesday')).toMatchObject({ ok: false });
    expect(parseDateInput('2024-08 to 2024-07')).toMatchObject({ ok: false, error: expect.stringContaining('ends') });
    expect(dateInputText({ start: '2024-07-22', end: '2024-07-24' })).toBe('2024-07-22 to 2024-07-24');
  });

  it('records a changed date, and a removed one as null', () => {
    const dated = rel('d', { date: '2024-07-23' });
    expect(changes(dated, { ...draftOf(dated), date: '2024-07' })).toEqual({ date: '2024-07' });
    expect(changes(dated, { ...draftOf(dated), date: null })).toEqual({ date: null });
    expect(changes(dated, draftOf(dated))).toEqual({});
  });

  it('adds and takes away participants, keeping two and an acting side that leaves a target', () => {
    const d = draftOf(rel('p', { kind: 'support', directed: true, participants: ['eg', 'tr', 'so'], actors: 2 }));
    expect(addParticipant(d, 'ke').participants).toEqual(['eg', 'tr', 'so', 'ke']);
    expect(addParticipant(d, 'eg')).toBe(d);
    const fewer = removeParticipant(d, 'tr');
    expect(fewer.participants).toEqual(['eg', 'so']);
    expect(fewer.actors).toBeUndefined();
    expect(removeParticipant(fewer, 'so')).toBe(fewer);
  });

  it('suggests entities by name or alias, a name that begins with the words first, accents ignored', () => {
    const e = (id: string, name: string, aliases: string[] = []) => ({ id, kind: 'person' as const, name, aliases });
    const list = [e('a', 'Choe Son-hui', ['Choe Son Hui']), e('b', 'Son Il'), e('c', 'Goïta', ['Assimi Goita']), e('d', 'Kim Jong Un')];
    expect(entityMatches(list, 'son').map((x) => x.id)).toEqual(['b', 'a']);
    expect(entityMatches(list, 'goita').map((x) => x.id)).toEqual(['c']);
    expect(entityMatches(list, '  ')).toEqual([]);
  });

  it('asks about entities that may be one, until the curator merges them or keeps them apart', () => {
    const person = (id: string, name: string) => ({ id, kind: 'person' as const, name, aliases: [], country: 'by' });
    const graph = { entities: [person('maxim-ryzhenkov', 'Maxim Ryzhenkov'), person('ryzhenkov', 'Ryzhenkov'), person('choe', 'Choe Son-hui')], relations: [] };
    const [q] = mergeQuestions(graph, {});
    expect(q).toMatchObject({ ids: ['maxim-ryzhenkov', 'ryzhenkov'], reason: 'one name is part of the other' });
    const apart = answerMerge({ version: 1 }, q, 'apart', '2026-12-03');
    expect(apart.entities).toEqual([{ id: 'maxim-ryzhenkov', distinct: ['ryzhenkov'], note: 'kept apart in review on 2026-12-03' }]);
    expect(mergeQuestions(graph, apart)).toEqual([]);
    // Merged in the file while the graph shown still has both (a rebuild under way): not asked again.
    expect(mergeQuestions(graph, { entities: [{ id: 'maxim-ryzhenkov', merge: ['ryzhenkov'] }] })).toEqual([]);
    // An entry the entity already has is extended, not duplicated.
    const merged = answerMerge({ version: 1, entities: [{ id: 'maxim-ryzhenkov', addAliases: ['M. Ryzhenkov'] }] }, q, 'merge', '2026-12-03');
    expect(merged.entities).toEqual([{ id: 'maxim-ryzhenkov', addAliases: ['M. Ryzhenkov'], merge: ['ryzhenkov'] }]);
    // Generated sets of tens of thousands are not compared pairwise.
    expect(mergeQuestions({ ...graph, entities: Array.from({ length: 1501 }, (_, i) => person(`p${i}`, `P ${i}`)) }, {})).toEqual([]);
  });

  it('asks about entities the extractor doubted until a curator confirms, removes or merges them', () => {
    const graph = { entities: [{ id: 'sure', kind: 'person' as const, name: 'Ana Duarte', aliases: [] }, { id: 'doubt', kind: 'person' as const, name: 'Port Said', aliases: [], confidence: 0.6 }] };
    expect(unsureEntities(graph, {}).map((e) => e.id)).toEqual(['doubt']);
    const removed = answerEntity({ version: 1 }, 'doubt', 'remove', '2026-12-03');
    expect(removed.entities).toEqual([{ id: 'doubt', remove: true, note: 'not an entity, said in review on 2026-12-03' }]);
    expect(unsureEntities(graph, removed)).toEqual([]);
    expect(unsureEntities(graph, answerEntity({}, 'doubt', 'confirm', '2026-12-03'))).toEqual([]);
    expect(unsureEntities(graph, answerMerge({}, { ids: ['sure', 'doubt'] }, 'merge', '2026-12-03'))).toEqual([]);
    // A rename or new aliases do not answer the doubt (only confirmed, remove or merge do).
    expect(unsureEntities(graph, { entities: [{ id: 'doubt', addAliases: ['Said'] }] }).map((e) => e.id)).toEqual(['doubt']);
  });

  it('adds a participant the data set lacks as a new entity with an unused id, written only if still used', () => {
    const d = draftOf(rel('n', { participants: ['a', 'b'] }));
    const one = addNewParticipant(d, 'Wagner Group', 'organization', new Set(['a', 'b', 'wagner-group']));
    expect(one.participants).toEqual(['a', 'b', 'wagner-group-2']);
    expect(newEntityEntries(one, '2026-12-03')).toEqual([{ id: 'wagner-group-2', add: true, kind: 'organization', name: 'Wagner Group', note: 'added in review on 2026-12-03' }]);
    expect(newEntityEntries(removeParticipant(one, 'wagner-group-2'), '2026-12-03')).toEqual([]);
  });
});
