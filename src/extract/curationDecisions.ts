/**
 * One curator's decision about one extracted relation, recorded in curation.json as it stands
 * on disk. Pure: the local API server uses it, and the app can use it to show a decision
 * before it is saved. The file is edited as raw JSON so that fields and entries the curator
 * wrote by hand stay exactly as written.
 */
import type { RelationEdit } from './curation';

/** curation.json as parsed JSON, before the schema's defaults are filled in. */
export type RawCuration = Record<string, unknown> & { relations?: unknown };


const entries = (curation: RawCuration): unknown[] => (Array.isArray(curation.relations) ? curation.relations : []);
const matches = (entry: unknown, match: string) => typeof entry === 'object' && entry !== null && (entry as { match?: unknown }).match === match;

/** What the file says about relation `match`, in file order (normally zero or one entry). */
export function decisionsFor(curation: RawCuration, match: string): unknown[] {
  return entries(curation).filter((e) => matches(e, match));
}

/**
 * Whether a decision made on `seen` may be recorded in `current`: it may when nobody decided
 * anything else about the same relation meanwhile. Decisions about other relations are not
 * a conflict; both are kept.
 */
export function sameDecisions(seen: RawCuration, current: RawCuration, match: string): boolean {
  return JSON.stringify(decisionsFor(seen, match)) === JSON.stringify(decisionsFor(current, match));
}

/** The curation with `decision` replacing whatever was decided before about the same relation. */
export function recordDecision(curation: RawCuration, decision: RelationEdit): RawCuration {
  const kept = entries(curation).filter((e) => !matches(e, decision.match));
  return { ...curation, relations: [...kept, decision] };
}
