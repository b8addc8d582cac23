/**
 * Assembling the whole graph from per-article extractions: entities that several articles
 * name become one (aliases, offices and descriptions pooled), relations keep their own
 * ids (disambiguated if two articles ever produced the same one). Pure: no I/O.
 */
import type { Article, Entity, Graph, Relation } from '../model/schema';
import type { Extraction } from './extract';

export function mergeEntities(lists: Entity[][]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const list of lists) {
    for (const e of list) {
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, { ...e, aliases: [...e.aliases] });
        continue;
      }
      const aliases = new Set([...prev.aliases, ...e.aliases, ...(e.name !== prev.name ? [e.name] : [])]);
      aliases.delete(prev.name);
      prev.aliases = [...aliases].sort();
      if (prev.country == null && e.country != null) prev.country = e.country;
      if (e.offices) prev.offices = [...new Set([...(prev.offices ?? []), ...e.offices])];
      prev.description ??= e.description;
    }
  }
  return [...byId.values()];
}

export function buildGraph(articles: Array<Omit<Article, 'text'>>, extractions: Extraction[]): Graph {
  const used = new Set<string>();
  const relations: Relation[] = [];
  for (const x of extractions) {
    for (const r of x.relations) {
      let id = r.id;
      for (let n = 2; used.has(id); n++) id = `${r.id}-${n}`;
      used.add(id);
      relations.push({ ...r, id });
    }
  }
  return { version: 1, articles: [...articles], entities: mergeEntities(extractions.map((x) => x.entities)), relations };
}

/**
 * An extracted summary is written with its own article's spelling ("Kim Jong Un and Russia met.");
 * once entities are merged across articles and curated, the node carries one name ("Kim Jong-un"),
 * and the summary should read as the node does. A person's other full names (aliases of two
 * words or more) become their name; curated and manual summaries are a person's words and stay.
 * The quotes are untouched: they are the article's words.
 */
export function summariesNamedAsEntities(relations: readonly Relation[], entities: readonly Entity[]): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return relations.map((r) => {
    if (r.origin !== 'extracted' || !r.summary) return r;
    let summary = r.summary;
    for (const p of r.participants) {
      const e = byId.get(p);
      // People are where spellings differ between outlets; a country's or body's summary name is already its canonical one.
      if (e?.kind !== 'person') continue;
      const others = e.aliases.filter((a) => /\s/.test(a) && a !== e.name && !e.name.includes(a)).sort((a, b) => b.length - a.length);
      for (const a of others) summary = summary.split(a).join(e.name);
    }
    return summary === r.summary ? r : { ...r, summary };
  });
}
