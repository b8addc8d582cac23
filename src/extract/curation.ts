/**
 * Curation: a curator's decisions, kept in data/curation.json and applied on top of
 * extraction deterministically, so re-running extraction never loses them.
 *
 * Relation entries find their target by the extracted relation's id, which is derived
 * from its content (article, kind, participants, offsets of its first quote: see keys.ts),
 * so the same extraction gives the same ids run after run. An entry whose target no longer
 * exists is reported back, never dropped silently. Pure: no I/O.
 */
import { DateValueSchema, EntitySchema, ENTITY_KINDS, EvidenceSchema, nonEmpty, RELATION_KINDS, RelationSchema, slug, STATUSES, type Entity, type Relation } from '../model/schema';
import { formatPath, type Problem } from '../model/validate';
import { z } from '../model/zod';


const EntityEditSchema = z.strictObject({
  /** The entity to edit, or the id the merged entities become. */
  id: slug,
  /** Extracted entity ids folded into `id` (their aliases kept, relations re-pointed). */
  merge: z.optional(z.array(slug)),
  /** Entities a curator said are not this one: they are never proposed as a merge again. */
  distinct: z.optional(z.array(slug)),
  name: z.optional(nonEmpty),
  kind: z.optional(z.enum(ENTITY_KINDS)),
  addAliases: z.optional(z.array(nonEmpty)),
  removeAliases: z.optional(z.array(nonEmpty)),
  country: z.optional(z.nullable(slug)),
  offices: z.optional(z.array(nonEmpty)),
  description: z.optional(nonEmpty),
  /** A whole entity the extractor does not find (needs kind and name). */
  add: z.optional(z.boolean()),
  /** Not an entity at all: it goes, and with it every relation read from its mentions. */
  remove: z.optional(z.boolean()),
  /** A curator says it is what the extractor was unsure of: the doubt goes. */
  confirmed: z.optional(z.boolean()),
  note: z.optional(z.string()),
});

export const RelationEditSchema = z.strictObject({
  /** Id of the extracted relation this entry applies to. */
  match: slug,
  /** The quote the curator saw, for humans reading the file; checked against the match. */
  quote: z.optional(z.string()),
  action: z.enum(['reject', 'edit']),
  reason: z.optional(nonEmpty),
  set: z.optional(
    z.strictObject({
      /** A lasting, readable id: deep links and other data refer to relations by id. */
      id: z.optional(slug),
      kind: z.optional(z.enum(RELATION_KINDS)),
      status: z.optional(z.enum(STATUSES)),
      participants: z.optional(z.array(slug).check(z.minLength(2))),
      directed: z.optional(z.boolean()),
      /** How many leading participants act (see the relation's `actors`); 1 for one actor. */
      actors: z.optional(z.int().check(z.gte(1))),
      date: z.optional(z.nullable(DateValueSchema)),
      dateText: z.optional(z.nullable(nonEmpty)),
      summary: z.optional(nonEmpty),
      notes: z.optional(z.array(nonEmpty)),
    }),
  ),
  /** Further quotes for the same relation. */
  addEvidence: z.optional(z.array(EvidenceSchema)),
});

export const CurationSchema = z.strictObject({
  version: z.literal(1),
  entities: z._default(z.array(EntityEditSchema), []),
  relations: z._default(z.array(RelationEditSchema), []),
  /** Relations added by hand, with their quotes; origin is set to "manual". */
  add: z._default(z.array(z.omit(RelationSchema, { origin: true, confidence: true })), []),
  /**
   * Cross-article claims (src/extract/claims.ts): relation ids that must stay claims of their
   * own, and groups of ids that are one claim whatever the merging rule says.
   */
  claims: z.optional(
    z.strictObject({
      keepApart: z.optional(z.array(slug)),
      together: z.optional(z.array(z.array(slug).check(z.minLength(2, 'a group to merge needs two or more relation ids')))),
      note: z.optional(z.string()),
    }),
  ),
});

export type Curation = z.infer<typeof CurationSchema>;
export type RelationEdit = z.infer<typeof RelationEditSchema>;
export type CurationInput = z.input<typeof CurationSchema>;

export interface CurationReport {
  applied: string[];
  /** Entries that matched nothing: kept in the file, shown to the curator. */
  unmatched: string[];
  problems: Problem[];
}

export function parseCuration(file: string, value: unknown): { curation?: Curation; problems: Problem[] } {
  const parsed = CurationSchema.safeParse(value);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message })) };
  return { curation: parsed.data, problems: [] };
}

/**
 * Applies curation to an extracted graph (entities and relations of all articles).
 * Order: relation edits and rejections (matched on extracted ids), entity merges and
 * edits (re-pointing participants), then hand-added relations.
 */
export function applyCuration(
  file: string,
  curation: Curation,
  extracted: { entities: Entity[]; relations: Relation[] },
  textOf: (article: string) => string | undefined,
): { entities: Entity[]; relations: Relation[]; report: CurationReport } {
  const report: CurationReport = { applied: [], unmatched: [], problems: [] };
  let relations = extracted.relations.map((r) => ({ ...r, evidence: [...r.evidence] }));
  const entities = new Map(extracted.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));

  curation.relations.forEach((entry, i) => {
    const at = `relations[${i}]`;
    const index = relations.findIndex((r) => r.id === entry.match);
    if (index < 0) {
      report.unmatched.push(`${file}: ${at}: no extracted relation "${entry.match}"${entry.quote ? ` («${entry.quote.slice(0, 60)}»)` : ''} — the article or the extractor changed; review this entry`);
      return;
    }
    const r = relations[index];
    if (entry.quote !== undefined && !r.evidence.some((e) => e.quote === entry.quote)) {
      report.unmatched.push(`${file}: ${at}: relation "${entry.match}" no longer has the quote «${entry.quote.slice(0, 60)}»; review this entry`);
      return;
    }
    if (entry.action === 'reject') {
      relations = relations.filter((_, j) => j !== index);
      report.applied.push(`rejected ${entry.match}${entry.reason ? ` (${entry.reason})` : ''}`);
      return;
    }
    const set = entry.set ?? {};
    // Pinning an id changes nothing a reader sees: the relation stays as extracted.
    const onlyId = Object.keys(set).every((k) => k === 'id') && !entry.addEvidence?.length;
    const next: Relation = { ...r, origin: onlyId ? r.origin : 'curated' };
    if (set.id && set.id !== r.id) {
      if (relations.some((x) => x.id === set.id) || curation.add.some((x) => x.id === set.id)) {
        report.problems.push({ file, path: `${at}.set.id`, message: `relation id "${set.id}" is already used` });
        return;
      }
      next.id = set.id;
    }
    if (set.kind) next.kind = set.kind;
    if (set.status) next.status = set.status;
    if (set.participants) next.participants = set.participants;
    if (set.directed !== undefined) next.directed = set.directed;
    if (set.actors !== undefined) next.actors = set.actors;
    if (set.date === null) delete next.date;
    else if (set.date !== undefined) next.date = set.date;
    if (set.dateText === null) delete next.dateText;
    else if (set.dateText !== undefined) next.dateText = set.dateText;
    if (set.summary) next.summary = set.summary;
    if (set.notes) next.notes = set.notes;
    if (next.kind === 'role') next.directed = true;
    // An acting side of one, or one that no longer fits the participants, is the default.
    if (!next.directed || (next.actors ?? 1) <= 1 || (next.actors ?? 1) >= next.participants.length) delete next.actors;
    for (const [j, ev] of (entry.addEvidence ?? []).entries()) {
      const problem = checkQuote(textOf, ev, `${at}.addEvidence[${j}]`, file);
      if (problem) report.problems.push(problem);
      else next.evidence.push(ev);
    }
    if (!onlyId) delete next.confidence;
    relations[index] = next;
    report.applied.push(`edited ${entry.match}`);
  });

  curation.entities.forEach((entry, i) => {
    const at = `entities[${i}]`;
    const merged = (entry.merge ?? []).filter((id) => entities.has(id));
    let target = entities.get(entry.id);
    if (!target && entry.add) {
      if (!entry.kind || !entry.name) {
        report.problems.push({ file, path: at, message: 'an added entity needs "kind" and "name"' });
        return;
      }
      target = { id: entry.id, kind: entry.kind, name: entry.name, aliases: [] };
      entities.set(entry.id, target);
    }
    if (!target && merged.length) {
      // The merged entities become one under the curator's id.
      const first = entities.get(merged[0])!;
      target = { ...first, id: entry.id, aliases: [...first.aliases, first.name] };
      entities.set(entry.id, target);
    }
    if (!target) {
      report.unmatched.push(`${file}: ${at}: no extracted entity "${entry.id}"${entry.merge ? ` nor any of ${entry.merge.join(', ')}` : ''}`);
      return;
    }
    if (entry.remove) {
      entities.delete(entry.id);
      const before = relations.length;
      // A relation coded from a mention that was no actor is not the claim its source makes, whatever its other parties.
      relations = relations.filter((r) => !r.participants.includes(entry.id));
      for (const e of entities.values()) if (e.country === entry.id) e.country = null;
      report.applied.push(`removed ${entry.id} (not an entity)${relations.length < before ? ` and the ${before - relations.length} relation${before - relations.length === 1 ? '' : 's'} read from it` : ''}`);
      return;
    }
    if (entry.confirmed) delete target.confidence;
    for (const id of merged) {
      if (id === entry.id) continue;
      const other = entities.get(id)!;
      target.aliases = [...target.aliases, other.name, ...other.aliases];
      target.offices = union(target.offices, other.offices);
      if (target.country == null && other.country != null) target.country = other.country;
      target.description ??= other.description;
      if (other.confidence === undefined) delete target.confidence;
      entities.delete(id);
      relations = relations.map((r) => repoint(r, id, entry.id));
      for (const e of entities.values()) if (e.country === id) e.country = entry.id;
    }
    const missing = (entry.merge ?? []).filter((id) => !merged.includes(id) && id !== entry.id);
    if (missing.length) report.unmatched.push(`${file}: ${at}: nothing to merge for ${missing.join(', ')}`);
    if (entry.name && entry.name !== target.name) {
      target.aliases = [...target.aliases, target.name];
      target.name = entry.name;
    }
    if (entry.kind) target.kind = entry.kind;
    if (entry.addAliases) target.aliases = [...target.aliases, ...entry.addAliases];
    if (entry.removeAliases) target.aliases = target.aliases.filter((a) => !entry.removeAliases!.includes(a));
    if (entry.country !== undefined) target.country = entry.country;
    if (entry.offices) target.offices = entry.offices;
    if (entry.description) target.description = entry.description;
    target.aliases = [...new Set(target.aliases)].filter((a) => a !== target!.name).sort();
    report.applied.push(merged.length ? `merged ${merged.join(', ')} into ${entry.id}` : `edited entity ${entry.id}`);
  });

  curation.add.forEach((rel, i) => {
    const at = `add[${i}]`;
    if (relations.some((r) => r.id === rel.id)) {
      report.problems.push({ file, path: `${at}.id`, message: `relation id "${rel.id}" is already used by an extracted relation` });
      return;
    }
    const bad = rel.evidence.map((ev, j) => checkQuote(textOf, ev, `${at}.evidence[${j}]`, file)).filter((p): p is Problem => !!p);
    if (bad.length) {
      report.problems.push(...bad);
      return;
    }
    relations.push({ ...rel, origin: 'manual' });
    report.applied.push(`added ${rel.id}`);
  });

  for (const e of entities.values()) {
    const parsed = EntitySchema.safeParse(e);
    if (!parsed.success) report.problems.push({ file, path: `entities(${e.id})`, message: parsed.error.issues[0].message });
  }
  return { entities: [...entities.values()], relations, report };
}

function union(a?: string[], b?: string[]): string[] | undefined {
  const all = [...(a ?? []), ...(b ?? [])];
  return all.length ? [...new Set(all)] : undefined;
}

function repoint(r: Relation, from: string, to: string): Relation {
  if (!r.participants.includes(from) && !r.evidence.some((e) => e.speaker === from)) return r;
  const participants = [...new Set(r.participants.map((p) => (p === from ? to : p)))];
  return { ...r, participants, evidence: r.evidence.map((e) => (e.speaker === from ? { ...e, speaker: to } : e)) };
}

function checkQuote(textOf: (a: string) => string | undefined, ev: { article: string; start: number; end: number; quote: string }, path: string, file: string): Problem | undefined {
  const text = textOf(ev.article);
  if (text === undefined) return { file, path: `${path}.article`, message: `unknown article "${ev.article}"` };
  const actual = text.slice(ev.start, ev.end);
  if (actual !== ev.quote) return { file, path: `${path}.quote`, message: `does not match the article text at ${ev.start}–${ev.end} (the text there is ${JSON.stringify(actual.slice(0, 80))})` };
  return undefined;
}
