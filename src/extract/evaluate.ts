/**
 * Scoring extraction against gold annotations (format: test/corpus/README.md).
 *
 * Entities match when a name or alias of one equals a name or alias of the other, case-
 * and accent-insensitively. Relations match when kind, the set of participants (mapped
 * through the entity matching) and status agree; dates are scored separately on matched
 * pairs. Gold relations with `required: false` cost nothing when missed, and a correct
 * extraction of one is neither a hit nor an error. Matching is one-to-one, preferring
 * pairs whose quotes overlap.
 */
import { DateValueSchema, ENTITY_KINDS, nonEmpty, RELATION_KINDS, STATUSES, type DateValue, type Entity, type Relation } from '../model/schema';
import { z } from '../model/zod';

export const GoldSchema = z.object({
  id: nonEmpty,
  title: z.optional(z.nullable(z.string())),
  published: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  entities: z.array(
    z.object({
      id: nonEmpty,
      kind: z.enum(ENTITY_KINDS),
      name: nonEmpty,
      aliases: z._default(z.array(z.string()), []),
      country: z.optional(z.nullable(z.string())),
      // null as well as absent: annotators write `"role": null` for a person with no office worded.
      role: z.optional(z.nullable(z.string())),
    }),
  ),
  optionalEntities: z._default(z.array(z.string()), []),
  relations: z.array(
    z.object({
      id: z.optional(z.string()),
      kind: z.enum(RELATION_KINDS),
      participants: z.array(z.string()).check(z.minLength(2)),
      status: z.enum(STATUSES),
      date: z.optional(z.nullable(DateValueSchema)),
      dateText: z.optional(z.nullable(z.string())),
      evidence: nonEmpty,
      evidenceOffsets: z.optional(z.array(z.tuple([z.number(), z.number()]))),
      required: z._default(z.boolean(), true),
      note: z.optional(z.nullable(z.string())),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  article: string;
  entities: Counts;
  relations: Counts;
  dates: { correct: number; total: number };
  missedEntities: string[];
  falseEntities: string[];
  missedRelations: string[];
  falseRelations: string[];
  wrongDates: string[];
}

export const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function spanOf(text: string, quote: string, offsets?: Array<[number, number]>): Array<[number, number]> {
  if (offsets?.length) return offsets;
  const at = text.indexOf(quote);
  return at >= 0 ? [[at, at + quote.length]] : [];
}

const overlaps = (a: Array<[number, number]>, b: Array<[number, number]>) => a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e));
const dateEq = (a?: DateValue | null, b?: DateValue | null) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const fmtDate = (d?: DateValue | null) => (d == null ? 'none' : typeof d === 'string' ? d : `${d.start}…${d.end}`);

export function scoreArticle(gold: Gold, text: string, entities: Entity[], relations: Relation[]): ArticleScore {
  // Entities: one-to-one on shared surface forms.
  const goldForms = gold.entities.map((g) => new Set([g.name, ...g.aliases].map(norm)));
  const optional = new Set(gold.optionalEntities);
  const map = new Map<string, string>();
  const usedGold = new Set<number>();
  const falseEntities: string[] = [];
  let tpE = 0;
  // Same names first, then any shared form: an extracted "Belgium" known as "Brussels" must not take a gold "European
  // Union" (alias "Brussels") from the extracted "European Union" that comes after it.
  const goldNames = gold.entities.map((g) => norm(g.name));
  const matched = new Map<Entity, number>();
  for (const e of entities) {
    const i = goldNames.findIndex((n, j) => !usedGold.has(j) && n === norm(e.name));
    if (i >= 0) {
      usedGold.add(i);
      matched.set(e, i);
    }
  }
  for (const e of entities) {
    if (matched.has(e)) continue;
    const forms = [e.name, ...e.aliases].map(norm);
    const i = gold.entities.findIndex((_g, j) => !usedGold.has(j) && forms.some((f) => goldForms[j].has(f)));
    if (i < 0) continue;
    usedGold.add(i);
    matched.set(e, i);
  }
  for (const e of entities) {
    const i = matched.get(e);
    if (i === undefined) {
      falseEntities.push(`${e.kind} ${e.name}`);
      continue;
    }
    map.set(e.id, gold.entities[i].id);
    if (!optional.has(gold.entities[i].id)) tpE++;
  }
  const missedEntities = gold.entities.filter((g, i) => !usedGold.has(i) && !optional.has(g.id)).map((g) => `${g.kind} ${g.name}`);

  // Relations.
  const key = (kind: string, ps: string[], status: string) => `${kind}|${[...new Set(ps)].sort().join(',')}|${status}`;
  const predicted = relations.map((r) => ({
    r,
    key: key(r.kind, r.participants.map((p) => map.get(p) ?? `?${p}`), r.status),
    spans: r.evidence.map((e) => [e.start, e.end] as [number, number]),
  }));
  const taken = new Set<number>();
  let tp = 0;
  let fn = 0;
  const missedRelations: string[] = [];
  const wrongDates: string[] = [];
  let datesCorrect = 0;
  let datesTotal = 0;
  const order = gold.relations.map((g) => ({ g })).sort((a, b) => Number(b.g.required) - Number(a.g.required));
  for (const { g } of order) {
    const k = key(g.kind, g.participants, g.status);
    const gs = spanOf(text, g.evidence, g.evidenceOffsets);
    const candidates = predicted.map((p, i) => ({ p, i })).filter(({ p, i }) => !taken.has(i) && p.key === k);
    const pick = candidates.find(({ p }) => overlaps(p.spans, gs)) ?? candidates[0];
    if (!pick) {
      if (g.required) {
        fn++;
        missedRelations.push(`${k}  «${g.evidence.slice(0, 90)}»`);
      }
      continue;
    }
    taken.add(pick.i);
    if (g.required) tp++;
    datesTotal++;
    if (dateEq(g.date, pick.p.r.date)) datesCorrect++;
    else wrongDates.push(`${k}: gold ${fmtDate(g.date)}, extracted ${fmtDate(pick.p.r.date)}`);
  }
  const falseRelations = predicted.filter((_, i) => !taken.has(i)).map((p) => `${p.key}  «${p.r.evidence[0].quote.slice(0, 90)}»`);
  return {
    article: gold.id,
    entities: { tp: tpE, fp: falseEntities.length, fn: missedEntities.length },
    relations: { tp, fp: falseRelations.length, fn },
    dates: { correct: datesCorrect, total: datesTotal },
    missedEntities,
    falseEntities,
    missedRelations,
    falseRelations,
    wrongDates,
  };
}

export interface Summary {
  articles: ArticleScore[];
  entities: Counts;
  relations: Counts;
  dates: { correct: number; total: number };
}

export function summarizeScores(scores: ArticleScore[]): Summary {
  return {
    articles: scores,
    entities: scores.reduce((a, s) => add(a, s.entities), { tp: 0, fp: 0, fn: 0 }),
    relations: scores.reduce((a, s) => add(a, s.relations), { tp: 0, fp: 0, fn: 0 }),
    dates: scores.reduce((a, s) => ({ correct: a.correct + s.dates.correct, total: a.total + s.dates.total }), { correct: 0, total: 0 }),
  };
}

/** The mean, over articles, of the share of required relations found: each article counts once, however long. */
export function meanRequiredRecall(s: Summary): number {
  const per = s.articles.filter((a) => a.relations.tp + a.relations.fn > 0).map((a) => a.relations.tp / (a.relations.tp + a.relations.fn));
  return per.length ? per.reduce((x, y) => x + y, 0) / per.length : 0;
}
