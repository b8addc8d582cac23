/**
 * The data contract of Entente: one schema shared by the app, the extractor and the
 * validation CLI. Documented for humans in data/README.md — keep the two in step.
 *
 * Structural checks live here (zod); checks that need the whole graph or the article
 * texts (dangling ids, quotes against offsets) live in check.ts, and validate.ts runs both.
 */
import { isValidDatePoint } from './dates';
import { DATE_POINT_PATTERN, DAY_PATTERN, ENTITY_KINDS, LANGUAGE_PATTERN, ORIGINS, RELATION_KINDS, SLUG_PATTERN, STATUSES } from './vocabulary';
import { z } from './zod';

// The lists and their types are part of the contract; they live in vocabulary.ts so that the page can use them without zod.
export { DIRECTED_KINDS, ENTITY_KINDS, ORIGINS, RELATION_KINDS, STATUSES } from './vocabulary';
export type { EntityKind, Origin, RelationKind, Status } from './vocabulary';

// The patterns of the contract live in vocabulary.ts too, so that the validator's fast path (fastPath.ts) tests the very same ones without zod.
export { DATE_POINT_PATTERN, DAY_PATTERN, LANGUAGE_PATTERN, MAX_NESTED_LIST, SLUG_PATTERN } from './vocabulary';

/** Building blocks, shared with the extractor's curation and gold files. */
export const slug = z.string().check(z.regex(SLUG_PATTERN, 'must be a lower-case slug (letters, digits and single hyphens)'));

export const nonEmpty = z.string().check(z.minLength(1));

const day = z.string().check(z.regex(DAY_PATTERN, 'must be YYYY-MM-DD'), z.refine(isValidDatePoint, 'is not a real calendar day'));

export const DatePointSchema = z
  .string()
  .check(z.regex(DATE_POINT_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD'), z.refine(isValidDatePoint, 'is not a real calendar date'));

export const DateSpanSchema = z
  .strictObject({ start: DatePointSchema, end: DatePointSchema })
  .check(z.refine((s) => s.start <= s.end, { error: 'start must not be after end', path: ['end'] }));

export const DateValueSchema = z.union([DatePointSchema, DateSpanSchema]);

export const ArticleSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  publisher: nonEmpty,
  agency: z.optional(nonEmpty),
  url: z.url({ protocol: /^https?$/ }),
  published: day,
  language: z.string().check(z.regex(LANGUAGE_PATTERN, 'must be an ISO 639-1 code such as "en"')),
  /** The text inline; when absent the app fetches data/articles/<id>.txt. */
  text: z.optional(z.string()),
});

export const EntitySchema = z.strictObject({
  id: slug,
  kind: z.enum(ENTITY_KINDS),
  name: nonEmpty,
  aliases: z._default(z.array(nonEmpty), []),
  /** The country (entity id) a person, organization or place belongs to. */
  country: z.optional(z.nullable(slug)),
  /** Offices held, as worded in the sources ("Foreign Minister"). */
  offices: z.optional(z.array(nonEmpty)),
  /** A one-line description ("researcher at the Korea Institute for National Unification"). */
  description: z.optional(nonEmpty),
  /** How sure the extractor is that this is a real actor of the kind given (0–1), when it is unsure; absent otherwise. */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export const EvidenceSchema = z
  .strictObject({
    article: slug,
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.positive()),
    quote: nonEmpty,
    /** Entity id of the person or body whose words the quote reports. */
    speaker: z.optional(slug),
  })
  .check(z.refine((e) => e.end > e.start, { error: 'end must be greater than start', path: ['end'] }));

export const RelationSchema = z.strictObject({
  id: slug,
  kind: z.enum(RELATION_KINDS),
  participants: z.array(slug).check(z.minLength(2, 'a relation needs two or more participants')),
  directed: z.boolean(),
  /**
   * For a directed relation, how many leading participants are the acting side ("Egypt and Turkey
   * voiced support for Somalia": 2); the rest are its targets. Absent means one.
   */
  actors: z.optional(z.int().check(z.gte(1))),
  status: z.enum(STATUSES),
  date: z.optional(DateValueSchema),
  /** The words of the source the date was resolved from ("Tuesday night"). */
  dateText: z.optional(nonEmpty),
  summary: nonEmpty,
  evidence: z.array(EvidenceSchema).check(z.minLength(1, 'every relation needs at least one quote')),
  origin: z._default(z.enum(ORIGINS), 'manual'),
  /** Caveats a reader must see: conflicting dates, attributions, uncertainty. */
  notes: z.optional(z.array(nonEmpty)),
  /**
   * How sure the extractor is (0–1), for relations it produced; absent on hand-made ones.
   * Optional and additive: graphs written before it existed stay valid.
   */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export const GraphSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(ArticleSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});

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
export const ArticleMetaSchema = z.extend(z.omit(ArticleSchema, { id: true, text: true }), { id: z.optional(slug) });
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
