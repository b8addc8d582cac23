/**
 * The data contract of Entente: one schema shared by the app, the extractor and the
 * validation CLI. Documented for humans in data/README.md — keep the two in step.
 *
 * Structural checks live here (zod); checks that need the whole graph or the article
 * texts (dangling ids, quotes against offsets) live in validate.ts.
 */
import { z } from 'zod';
import { isValidDatePoint } from './dates';
import { ENTITY_KINDS, ORIGINS, RELATION_KINDS, STATUSES } from './vocabulary';

// The lists and their types are part of the contract; they live in vocabulary.ts so that the page can use them without zod.
export { DIRECTED_KINDS, ENTITY_KINDS, ORIGINS, RELATION_KINDS, STATUSES } from './vocabulary';
export type { EntityKind, Origin, RelationKind, Status } from './vocabulary';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (letters, digits and single hyphens)');

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(isValidDatePoint, 'is not a real calendar day');

export const DatePointSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isValidDatePoint, 'is not a real calendar date');

export const DateSpanSchema = z
  .object({ start: DatePointSchema, end: DatePointSchema })
  .strict()
  .refine((s) => s.start <= s.end, { message: 'start must not be after end', path: ['end'] });

export const DateValueSchema = z.union([DatePointSchema, DateSpanSchema]);

export const ArticleSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    publisher: z.string().min(1),
    agency: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }),
    published: day,
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be an ISO 639-1 code such as "en"'),
    /** The text inline; when absent the app fetches data/articles/<id>.txt. */
    text: z.string().optional(),
  })
  .strict();

export const EntitySchema = z
  .object({
    id: slug,
    kind: z.enum(ENTITY_KINDS),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** The country (entity id) a person, organization or place belongs to. */
    country: slug.nullable().optional(),
    /** Offices held, as worded in the sources ("Foreign Minister"). */
    offices: z.array(z.string().min(1)).optional(),
    /** A one-line description ("researcher at the Korea Institute for National Unification"). */
    description: z.string().min(1).optional(),
  })
  .strict();

export const EvidenceSchema = z
  .object({
    article: slug,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1),
    /** Entity id of the person or body whose words the quote reports. */
    speaker: slug.optional(),
  })
  .strict()
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });

export const RelationSchema = z
  .object({
    id: slug,
    kind: z.enum(RELATION_KINDS),
    participants: z.array(slug).min(2, 'a relation needs two or more participants'),
    directed: z.boolean(),
    status: z.enum(STATUSES),
    date: DateValueSchema.optional(),
    /** The words of the source the date was resolved from ("Tuesday night"). */
    dateText: z.string().min(1).optional(),
    summary: z.string().min(1),
    evidence: z.array(EvidenceSchema).min(1, 'every relation needs at least one quote'),
    origin: z.enum(ORIGINS).default('manual'),
    /** Caveats a reader must see: conflicting dates, attributions, uncertainty. */
    notes: z.array(z.string().min(1)).optional(),
    /**
     * How sure the extractor is (0–1), for relations it produced; absent on hand-made ones.
     * Optional and additive: graphs written before it existed stay valid.
     */
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

export const GraphSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(ArticleSchema),
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
  })
  .strict();

export type DatePoint = z.infer<typeof DatePointSchema>;
export type DateSpan = z.infer<typeof DateSpanSchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Graph = z.infer<typeof GraphSchema>;
/** What authors write: fields with defaults may be left out. */
export type GraphInput = z.input<typeof GraphSchema>;

/** Article metadata as kept beside the text in data/articles/<id>.json. */
export const ArticleMetaSchema = ArticleSchema.omit({ id: true, text: true })
  .extend({ id: slug.optional() })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
