/**
 * Entity search by name or alias, case- and accent-insensitive. Ranked in tiers so that
 * an exact alias ("NK", "DPRK", "Pyeongyang") beats an accidental substring ("Ryzhe-nk-ov"):
 *   0 exact name/alias · 1 name/alias starts with the query · 2 a word starts with it ·
 *   3 substring (queries of 3+ characters) · 4 fuzzy, through fuse.js (4+ characters, only
 *   when nothing better matched — it catches typos such as "Lukashenka").
 */
import Fuse from 'fuse.js';
import type { Entity } from '../model/schema';

export interface SearchMatch {
  entity: Entity;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  tier: 0 | 1 | 2 | 3 | 4;
}

/** Lower case, accents stripped, punctuation and hyphens folded to single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tierOf(form: string, q: string): SearchMatch['tier'] | undefined {
  if (form === q) return 0;
  if (form.startsWith(q)) return 1;
  if (form.split(' ').some((_w, i, words) => words.slice(i).join(' ').startsWith(q))) return 2;
  if (q.length >= 3 && form.includes(q)) return 3;
  return undefined;
}

const fuseCache = new WeakMap<readonly Entity[], Fuse<{ entity: Entity; form: string; text: string }>>();

function fuseFor(entities: readonly Entity[]) {
  let fuse = fuseCache.get(entities);
  if (!fuse) {
    const docs = entities.flatMap((entity) => [entity.name, ...entity.aliases].map((text) => ({ entity, text, form: normalize(text) })));
    fuse = new Fuse(docs, { keys: ['form'], threshold: 0.3, ignoreLocation: true, includeScore: true });
    fuseCache.set(entities, fuse);
  }
  return fuse;
}

export function searchEntities(entities: readonly Entity[], query: string, limit = Infinity): SearchMatch[] {
  const q = normalize(query);
  if (!q) return [];
  const best = new Map<string, SearchMatch>();
  for (const entity of entities) {
    for (const text of [entity.name, ...entity.aliases]) {
      const tier = tierOf(normalize(text), q);
      const prev = best.get(entity.id);
      if (tier !== undefined && (!prev || tier < prev.tier)) best.set(entity.id, { entity, matched: text, tier });
    }
  }
  if (best.size === 0 && q.length >= 4) {
    for (const hit of fuseFor(entities).search(q)) {
      if (!best.has(hit.item.entity.id)) best.set(hit.item.entity.id, { entity: hit.item.entity, matched: hit.item.text, tier: 4 });
    }
  }
  const order = new Map(entities.map((e, i) => [e.id, i]));
  return [...best.values()]
    .sort((a, b) => a.tier - b.tier || (order.get(a.entity.id) ?? 0) - (order.get(b.entity.id) ?? 0))
    .slice(0, limit);
}
