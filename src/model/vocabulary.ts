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
