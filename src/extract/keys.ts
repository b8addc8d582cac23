/**
 * Stable identities for extracted relations. A relation's id is derived from what it is
 * (article, kind, participants as a set) and where its first quote sits, so re-running
 * extraction on an unchanged article gives the same ids and curation entries keep matching.
 */
import type { RelationKind } from '../model/schema';

/** FNV-1a, 32 bit, as base 36: short, deterministic, no dependencies. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** The content key curation matches on: article + kind + sorted participants + quote offsets. */
export function contentKey(article: string, kind: RelationKind, participants: string[], evidence: { start: number; end: number }): string {
  return `${article}|${kind}|${[...participants].sort().join(',')}|${evidence.start}-${evidence.end}`;
}

export function relationId(article: string, kind: RelationKind, participants: string[], evidence: { start: number; end: number }): string {
  const who = [...participants].sort().map((p) => p.split('-').slice(-1)[0]).join('-');
  return `${kind}-${who}-${shortHash(contentKey(article, kind, participants, evidence))}`.slice(0, 80).replace(/-+$/, '');
}
