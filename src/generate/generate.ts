/**
 * A seeded generator of synthetic news graphs in the data contract (model/schema.ts), for
 * measuring the explorer at sizes one article never reaches. Pure: no I/O, no clock, no
 * Math.random — the same options give the same graph, byte for byte, on every machine.
 *
 * What makes it realistic enough to measure with:
 * - countries from the real country list (world-countries), ISO alpha-2 ids as in the seed;
 * - people with offices, organizations per country, international organizations, blocs, capitals;
 * - every relation kind and status, with a heavy-tailed degree distribution: participants are
 *   drawn in proportion to a Zipf-like prominence, so great powers and heads of state become hubs;
 * - some relations among three or four participants (drawn as a hub node);
 * - dates over twenty years at day, month and year precision, spans, and undated relations,
 *   each resolved against its article's publication date;
 * - every relation backed by a quote that equals its article's (inline) text at its offsets.
 */
import countries from 'world-countries';
import type { Article, DateValue, Entity, Evidence, Graph, Relation, RelationKind, Status } from '../model/schema';
import { addDays } from '../model/dates';
import { createRng, WeightedPicker, type Rng } from './random';
import * as V from './vocabulary';

export interface GenerateOptions {
  entities: number;
  relations: number;
  seed: number;
  /** First and last publication year (inclusive). */
  years?: [number, number];
}

export const SIZES = {
  M: { entities: 1_000, relations: 3_000 },
  L: { entities: 5_000, relations: 15_000 },
  XL: { entities: 20_000, relations: 60_000 },
  XXL: { entities: 100_000, relations: 300_000 },
} as const;
export type GeneratedSize = keyof typeof SIZES;

interface CountryInfo {
  id: string;
  name: string;
  demonym: string;
  capital?: string;
  region: V.Region;
  weight: number;
}

type Actor = Entity & { weight: number; region?: V.Region; office?: string };

const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** States the news treats as countries though the list marks them not independent. */
const PARTIALLY_RECOGNISED = new Set(['TW', 'PS', 'XK', 'EH']);

/** Real countries, most "newsworthy" first: UN members by a seeded, area-weighted shuffle. */
function pickCountries(rng: Rng, count: number): CountryInfo[] {
  const pool = countries
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2) && (c.independent || c.unMember || PARTIALLY_RECOGNISED.has(c.cca2)))
    .map((c) => ({ c, key: (c.unMember ? 1 : 0.2) * Math.sqrt(Math.max(c.area, 1)) * (0.2 + rng.next()) }))
    .sort((a, b) => b.key - a.key || a.c.cca2.localeCompare(b.c.cca2));
  return pool.slice(0, count).map(({ c }, rank) => ({
    id: c.cca2.toLowerCase(),
    name: c.name.common,
    demonym: c.demonyms?.eng?.m || c.name.common,
    capital: c.capital?.[0],
    region: (c.region || 'Europe') as V.Region,
    // Zipf-like prominence: a few countries dominate the news.
    weight: 1 / (rank + 2) ** 1.05,
  }));
}

function countryAliases(cca2: string, name: string, demonym: string): string[] {
  const c = countries.find((x) => x.cca2 === cca2.toUpperCase());
  const out = new Set<string>();
  if (demonym && demonym !== name) out.add(demonym);
  if (c && c.name.official !== name) out.add(c.name.official);
  if (c) out.add(c.cca3);
  for (const alt of c?.altSpellings ?? []) if (alt.length > 3 && alt !== name && /^[\x20-\x7e]+$/.test(alt)) out.add(alt);
  return [...out].slice(0, 5);
}

class Ids {
  private readonly used = new Set<string>();
  take(base: string): string {
    const root = slugify(base) || 'x';
    let id = root;
    for (let n = 2; this.used.has(id); n++) id = `${root}-${n}`;
    this.used.add(id);
    return id;
  }
}

function buildEntities(rng: Rng, total: number): { actors: Actor[]; countries: CountryInfo[] } {
  const ids = new Ids();
  const countryCount = Math.min(countries.length, Math.max(20, Math.round(total / 8)));
  const chosen = pickCountries(rng, countryCount);
  const actors: Actor[] = [];
  for (const c of chosen) {
    ids.take(c.id);
    actors.push({ id: c.id, kind: 'country', name: c.name, aliases: countryAliases(c.id, c.name, c.demonym), weight: c.weight * 40, region: c.region });
  }
  const blocs = V.BLOCS.slice(0, Math.min(V.BLOCS.length, Math.floor(total / 100)));
  for (const b of blocs) actors.push({ id: ids.take(b.id), kind: 'bloc', name: b.name, aliases: [...b.aliases], weight: 1.5 });
  const intl = V.INTERNATIONAL_ORGS.slice(0, Math.min(V.INTERNATIONAL_ORGS.length, Math.floor(total / 80)));
  for (const o of intl) actors.push({ id: ids.take(o.id), kind: 'organization', name: o.name, aliases: [...o.aliases], weight: 2 });

  const remaining = total - actors.length;
  const places = Math.min(chosen.filter((c) => c.capital).length, Math.round(remaining * 0.04));
  const organizations = Math.round(remaining * 0.28);
  const people = remaining - places - organizations;

  for (const c of chosen.filter((x) => x.capital).slice(0, places)) {
    actors.push({ id: ids.take(c.capital as string), kind: 'place', name: c.capital as string, aliases: [], country: c.id, weight: c.weight * 3, description: `capital of ${c.name}` });
  }

  // Officials and organizations go to countries in proportion to prominence (softened), so
  // big countries have deep benches while every country keeps its lead offices.
  const countryPicker = new WeightedPicker(chosen, (c) => Math.sqrt(c.weight));
  const orgCount = new Map<string, number>();
  for (let i = 0; i < organizations; i++) {
    const c = i < chosen.length ? chosen[i] : countryPicker.pick(rng);
    const n = orgCount.get(c.id) ?? 0;
    orgCount.set(c.id, n + 1);
    const name = orgName(c, n);
    actors.push({ id: ids.take(`${c.id} ${name}`), kind: 'organization', name, aliases: [], country: c.id, weight: Math.sqrt(c.weight) * (n < 3 ? 3 : 1) });
  }

  const officeCount = new Map<string, number>();
  for (let i = 0; i < people; i++) {
    const c = i < chosen.length ? chosen[i] : countryPicker.pick(rng);
    const n = officeCount.get(c.id) ?? 0;
    officeCount.set(c.id, n + 1);
    const office = n < V.LEAD_OFFICES.length ? V.LEAD_OFFICES[n] : rng.pick(V.OTHER_OFFICES);
    const given = rng.pick(V.GIVEN_NAMES[c.region] ?? V.GIVEN_NAMES.Europe);
    const family = rng.pick(V.FAMILY_NAMES[c.region] ?? V.FAMILY_NAMES.Europe);
    const name = `${given} ${family}`;
    const aliases = [family, `${office === 'President' || office === 'Prime Minister' ? office + ' ' : ''}${family}`].filter((a, j, all) => all.indexOf(a) === j);
    actors.push({
      id: ids.take(name),
      kind: 'person',
      name,
      aliases,
      country: c.id,
      offices: [office],
      office,
      weight: Math.sqrt(c.weight) * (V.OFFICE_WEIGHT[office] ?? 1),
      region: c.region,
    });
  }
  return { actors, countries: chosen };
}

function orgName(c: CountryInfo, n: number): string {
  if (n < V.CORE_ORGS.length) {
    const core = V.CORE_ORGS[n];
    return core.startsWith('Ministry') ? `${core} of ${c.name}` : `${c.demonym} ${core}`;
  }
  const k = n - V.CORE_ORGS.length;
  const sector = V.ORG_SECTORS[k % V.ORG_SECTORS.length];
  const type = V.ORG_TYPES[Math.floor(k / V.ORG_SECTORS.length) % V.ORG_TYPES.length];
  const round = Math.floor(k / (V.ORG_SECTORS.length * V.ORG_TYPES.length));
  return `${c.demonym} ${sector} ${type}${round ? ` ${round + 1}` : ''}`;
}

// ── relations ──────────────────────────────────────────────────────────────

const KIND_WEIGHTS: Array<[Exclude<RelationKind, 'role'>, number]> = [
  ['meeting', 34],
  ['cooperation', 28],
  ['conflict', 14],
  ['support', 13],
  ['alliance', 11],
];
const STATUS_WEIGHTS: Array<[Status, number]> = [
  ['reported', 62],
  ['intent', 13],
  ['proposed', 9],
  ['forecast', 9],
  ['denied', 7],
];

function weighted<T>(rng: Rng, table: ReadonlyArray<[T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

interface Pickers {
  person: WeightedPicker<Actor>;
  country: WeightedPicker<Actor>;
  org: WeightedPicker<Actor>;
  bloc?: WeightedPicker<Actor>;
  place?: WeightedPicker<Actor>;
  any: WeightedPicker<Actor>;
}

function makePickers(actors: Actor[]): Pickers {
  const of = (kind: Entity['kind']) => actors.filter((a) => a.kind === kind);
  const picker = (list: Actor[]) => (list.length ? new WeightedPicker(list, (a) => a.weight) : undefined);
  return {
    person: picker(of('person')) as WeightedPicker<Actor>,
    country: picker(of('country')) as WeightedPicker<Actor>,
    org: picker(of('organization')) as WeightedPicker<Actor>,
    bloc: picker(of('bloc')),
    place: picker(of('place')),
    any: new WeightedPicker(actors.filter((a) => a.kind !== 'place'), (a) => a.weight),
  };
}

function participantsFor(rng: Rng, kind: RelationKind, p: Pickers): Actor[] {
  const count = kind !== 'support' && kind !== 'conflict' && rng.chance(0.04) ? rng.int(3, 4) : 2;
  const draw = (): Actor => {
    const r = rng.next();
    switch (kind) {
      case 'meeting':
        return r < 0.78 ? p.person.pick(rng) : r < 0.93 ? p.country.pick(rng) : p.org.pick(rng);
      case 'cooperation':
        return r < 0.6 ? p.country.pick(rng) : r < 0.85 ? p.org.pick(rng) : p.person.pick(rng);
      case 'alliance':
        return r < 0.85 || !p.bloc ? p.country.pick(rng) : p.bloc.pick(rng);
      case 'conflict':
        return r < 0.55 ? p.country.pick(rng) : r < 0.75 ? p.person.pick(rng) : r < 0.9 || !p.place ? p.org.pick(rng) : p.place.pick(rng);
      default:
        return r < 0.6 ? p.country.pick(rng) : r < 0.8 ? p.person.pick(rng) : p.org.pick(rng);
    }
  };
  const out: Actor[] = [];
  for (let tries = 0; out.length < count && tries < 50; tries++) {
    const a = draw();
    if (!out.includes(a)) out.push(a);
  }
  while (out.length < 2) {
    const a = p.any.pick(rng);
    if (!out.includes(a)) out.push(a);
  }
  return out;
}

// ── dates ──────────────────────────────────────────────────────────────────

interface Dated {
  date?: DateValue;
  /** The words in the text ("on 3 March 2015"), empty when undated. */
  phrase: string;
  dateText?: string;
}

function dayWords(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
const monthWords = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** A date for a relation reported in an article published on `published`; forecasts and intentions look ahead. */
function relationDate(rng: Rng, status: Status, kind: RelationKind, published: string): Dated {
  // An office is named in passing ("France's Foreign Minister …"), without a date, as in the seed.
  if (kind === 'role' || rng.chance(0.08)) return { phrase: '' };
  const ahead = status === 'forecast' || status === 'intent' || status === 'proposed';
  const r = rng.next();
  if (r < 0.58) {
    const day = addDays(published, ahead ? rng.int(0, 90) : -rng.int(0, 20));
    const words = dayWords(day);
    return { date: day, phrase: `on ${words}`, dateText: words };
  }
  if (r < 0.8) {
    const month = addDays(published, ahead ? rng.int(20, 200) : -rng.int(0, 60)).slice(0, 7);
    const words = monthWords(month);
    return { date: month, phrase: `in ${words}`, dateText: words };
  }
  if (r < 0.9) {
    const year = String(Number(published.slice(0, 4)) + (ahead ? rng.int(0, 2) : -rng.int(0, 1)));
    return { date: year, phrase: `in ${year}`, dateText: year };
  }
  const start = addDays(published, -rng.int(5, 700)).slice(0, 7);
  const end = addDays(published, ahead ? rng.int(30, 400) : -rng.int(0, 4)).slice(0, 7);
  const [a, b] = start <= end ? [start, end] : [end, start];
  const words = `${monthWords(a)} to ${monthWords(b)}`;
  return { date: { start: a, end: b }, phrase: `from ${words}`, dateText: words };
}

// ── sentences ──────────────────────────────────────────────────────────────

const list = (names: string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const withDate = (s: string, d: Dated) => (d.phrase ? `${s} ${d.phrase}` : s);

function claim(rng: Rng, kind: RelationKind, status: Status, ps: Actor[], d: Dated, countryName: (id: string) => string): string {
  const names = ps.map((a) => a.name);
  const [a, b] = names;
  const rest = list(names.slice(1));
  const sector = rng.pick(V.SECTORS);
  switch (kind) {
    case 'meeting': {
      const where = ps[0].country ? ` in ${countryName(ps[0].country)}` : '';
      return {
        reported: withDate(names.length > 2 ? `${list(names)} met${where}` : `${a} met ${b}${where}`, d),
        intent: withDate(`${a} plans to meet ${rest}`, d),
        proposed: withDate(`${a} proposed talks with ${rest}`, d),
        forecast: withDate(`${list(names)} are expected to meet`, d),
        denied: withDate(`${a} denied having met ${rest}`, d),
      }[status];
    }
    case 'cooperation':
      return {
        reported: withDate(`${list(names)} signed an agreement on ${sector} cooperation`, d),
        intent: withDate(`${a} vowed to expand ${sector} cooperation with ${rest}`, d),
        proposed: withDate(`${a} suggested that ${rest} could join a ${sector} partnership`, d),
        forecast: withDate(`${list(names)} will likely deepen their ${sector} ties`, d),
        denied: withDate(`${a} denied reports of a ${sector} deal with ${rest}`, d),
      }[status];
    case 'alliance':
      return {
        reported: withDate(`${list(names)} reaffirmed their alliance`, d),
        intent: withDate(`${a} pledged to form an alliance with ${rest}`, d),
        proposed: withDate(`${a} proposed a defence pact with ${rest}`, d),
        forecast: withDate(`${list(names)} are expected to formalise a military alliance`, d),
        denied: withDate(`${a} denied any plan to join an alliance with ${rest}`, d),
      }[status];
    case 'support': {
      const aid = rng.pick(V.AID);
      return {
        reported: withDate(`${a} sent ${aid} to ${b}`, d),
        intent: withDate(`${a} promised ${aid} to ${b}`, d),
        proposed: withDate(`${a} offered ${aid} to ${b}`, d),
        forecast: withDate(`${a} is likely to send ${aid} to ${b}`, d),
        denied: withDate(`${a} denied supplying ${aid} to ${b}`, d),
      }[status];
    }
    case 'conflict': {
      const accusation = rng.pick(V.ACCUSATIONS);
      return {
        reported: withDate(ps[1].kind === 'place' ? `${a} launched strikes on ${b}` : `${a} accused ${b} of ${accusation}`, d),
        intent: withDate(`${a} threatened to retaliate against ${b}`, d),
        proposed: withDate(`${a} called for sanctions against ${b}`, d),
        forecast: withDate(`tensions between ${a} and ${b} will likely escalate`, d),
        denied: withDate(`${a} denied attacking ${b}`, d),
      }[status];
    }
    case 'role': {
      const person = ps[0];
      const office = person.office ?? 'official';
      return ps[1].kind === 'country' ? `${ps[1].name}'s ${office} ${person.name}` : `${person.name}, ${office} at the ${ps[1].name}`;
    }
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Planned {
  kind: RelationKind;
  status: Status;
  participants: Actor[];
}

/** Builds article texts sentence by sentence, remembering where each quote starts. */
class ArticleWriter {
  private text = '';
  constructor(title: string) {
    this.text = `${title}\n\n`;
  }
  /** Appends a sentence; returns the offsets of `quote`, which is its beginning. */
  claim(quote: string, tail: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += `${quote}${tail} `;
    return { start, end: start + quote.length };
  }
  filler(s: string) {
    this.text += `${s} `;
  }
  paragraph() {
    this.text = this.text.trimEnd() + '\n\n';
  }
  done(): string {
    return this.text.trimEnd() + '\n';
  }
}

function randomDay(rng: Rng, [first, last]: [number, number]): string {
  const startDay = `${first}-01-01`;
  const days = Math.round((Date.UTC(last, 11, 31) - Date.UTC(first, 0, 1)) / 86_400_000);
  return addDays(startDay, rng.int(0, days));
}

export function generateGraph(options: GenerateOptions): Graph {
  const { entities: entityCount, relations: relationCount, seed } = options;
  const years = options.years ?? [2005, 2024];
  const rng = createRng(seed);
  const { actors } = buildEntities(rng, entityCount);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const countryName = (id: string) => byId.get(id)?.name ?? id;
  const pickers = makePickers(actors);

  // Plan relations: first a role for many officials (person → their country or an organization
  // of it), then the other kinds with heavy-tailed participants.
  const planned: Planned[] = [];
  const orgsOf = new Map<string, Actor[]>();
  for (const a of actors) if (a.kind === 'organization' && a.country) orgsOf.set(a.country, [...(orgsOf.get(a.country) ?? []), a]);
  const people = actors.filter((a) => a.kind === 'person');
  const roleBudget = Math.min(people.length, Math.round(relationCount * 0.18));
  for (let i = 0; i < roleBudget; i++) {
    const person = people[i];
    const orgs = orgsOf.get(person.country as string) ?? [];
    const serves = rng.chance(0.7) || orgs.length === 0 ? (byId.get(person.country as string) as Actor) : rng.pick(orgs);
    planned.push({ kind: 'role', status: 'reported', participants: [person, serves] });
  }
  while (planned.length < relationCount) {
    const kind = weighted(rng, KIND_WEIGHTS);
    planned.push({ kind, status: weighted(rng, STATUS_WEIGHTS), participants: participantsFor(rng, kind, pickers) });
  }
  // Shuffle so articles mix kinds (Fisher–Yates, seeded).
  for (let i = planned.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [planned[i], planned[j]] = [planned[j], planned[i]];
  }

  const articles: Article[] = [];
  const relations: Relation[] = [];
  let cursor = 0;
  while (cursor < planned.length) {
    const batch = planned.slice(cursor, cursor + rng.int(2, 10));
    cursor += batch.length;
    const id = `gen-${String(articles.length + 1).padStart(6, '0')}`;
    const published = randomDay(rng, years);
    const lead = batch[0].participants;
    const title = `${lead[0].name} and ${lead[1].name} ${V.HEADLINE_VERBS[batch[0].kind]}`;
    const writer = new ArticleWriter(title);
    const publisher = rng.pick(V.PUBLISHERS);
    const agency = rng.chance(0.4) ? rng.pick(V.AGENCIES) : undefined;
    batch.forEach((plan, i) => {
      const dated = relationDate(rng, plan.status, plan.kind, published);
      const quote = capitalize(claim(rng, plan.kind, plan.status, plan.participants, dated, countryName));
      const spokesperson = plan.kind !== 'role' && rng.chance(0.25) ? plan.participants[0] : undefined;
      const tail = plan.status === 'forecast' ? ', analysts say.' : spokesperson ? `, a statement from ${spokesperson.name} said.` : '.';
      const span = writer.claim(quote, tail);
      if (rng.chance(0.3)) writer.filler(rng.pick(V.FILLER));
      if (i % 3 === 2) writer.paragraph();
      const evidence: Evidence = { article: id, start: span.start, end: span.end, quote, ...(spokesperson ? { speaker: spokesperson.id } : {}) };
      relations.push({
        id: `${plan.kind}-${String(relations.length + 1).padStart(6, '0')}`,
        kind: plan.kind,
        participants: plan.participants.map((p) => p.id),
        directed: plan.kind === 'role' || plan.kind === 'support' || plan.kind === 'conflict',
        status: plan.status,
        ...(dated.date !== undefined ? { date: dated.date, dateText: dated.dateText } : {}),
        summary: `${quote}.`,
        evidence: [evidence],
        origin: 'manual',
      });
    });
    articles.push({
      id,
      title,
      publisher,
      ...(agency ? { agency } : {}),
      url: `https://example.org/news/${id}`,
      published,
      language: 'en',
      text: writer.done(),
    });
  }

  const entities: Entity[] = actors.map(({ weight: _w, region: _r, office: _o, ...entity }) => entity);
  return { version: 1, articles, entities, relations };
}
