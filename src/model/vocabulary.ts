/**
 * The closed lists of the data contract (kinds, statuses, origins) and their types. Kept apart
 * from schema.ts, which re-exports them, so that the page can import a list without importing
 * zod: validation runs in the loader's worker (data/loadGraph.worker.ts), and zod with it.
 */
export const ENTITY_KINDS = ['country', 'person', 'organization', 'place', 'bloc'] as const;
export const RELATION_KINDS = ['meeting', 'cooperation', 'alliance', 'support', 'conflict', 'role'] as const;
export const STATUSES = ['reported', 'intent', 'proposed', 'forecast', 'denied'] as const;
/** Where a relation came from: the rule-based extractor, a curator's edit of it, or a curator alone. */
export const ORIGINS = ['extracted', 'curated', 'manual'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Origin = (typeof ORIGINS)[number];

/** Kinds whose first participant is usually the actor (drawn with an arrow); `directed` on each relation decides. */
export const DIRECTED_KINDS: ReadonlySet<RelationKind> = new Set(['support', 'conflict', 'role']);

/** The patterns of the contract (schema.ts checks them with zod, fastPath.ts without). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_POINT_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const LANGUAGE_PATTERN = /^[a-z]{2}(?:-[A-Z]{2})?$/;

/**
 * Longest list allowed inside one article, entity or relation (participants, evidence, aliases…).
 * zod gathers an array's problems with push(...issues), which overflows the call stack past
 * ~100,000 of them; no real relation comes near this many quotes or participants.
 */
export const MAX_NESTED_LIST = 10_000;
