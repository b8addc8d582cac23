/**
 * FollowTheMoney entities (Aleph, OpenSanctions, yente) as NDJSON, checked against the FtM
 * model that @alephdata/followthemoney ships:
 *
 *   person → Person · organization, bloc → Organization · country → LegalEntity with its
 *   ISO code as `country` and `jurisdiction` (FtM has no country schema) · place → Address
 *   a person's office in a country or body (role) → a Position and an Occupancy of it
 *   a relation between two → UnknownLink (subject, object; `role` says kind and status)
 *   a relation among three or more, or with a place → Event: the parties `involved`, places as its `addressEntity`
 *
 * Interval schemata carry startDate/endDate at the precision of the source (FtM dates are
 * prefixes: 2024, 2024-07, 2024-07-23), `sourceUrl` the articles quoted, `summary` the quotes.
 */
// The model module alone: the package's entry also brings its Namespace class, which imports
// Node's crypto (for signing ids, unused here) and makes the page's build warn.
import { Model, type IModelDatum } from '@alephdata/followthemoney/dist/model.js';
import type { IEntityDatum } from '@alephdata/followthemoney/dist/entity.js';
import defaultModelJson from '@alephdata/followthemoney/dist/defaultModel.json';
import type { Entity, Relation } from '../model/schema';
import type { Selection } from './selection';
import { dateEnd, dateStart } from './network';
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';

type Props = Record<string, string[]>;
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Props;
}

let model: Model | undefined;
export function ftmModel(): Model {
  return (model ??= new Model(defaultModelJson as unknown as IModelDatum));
}

const ENTITY_SCHEMA: Record<Entity['kind'], string> = { person: 'Person', organization: 'Organization', bloc: 'Organization', country: 'LegalEntity', place: 'Address' };
const entityId = (id: string) => `entente-${id}`;

function clean(props: Record<string, Array<string | undefined> | undefined>): Props {
  const out: Props = {};
  for (const [k, values] of Object.entries(props)) {
    const kept = [...new Set((values ?? []).filter((v): v is string => !!v && v.trim() !== ''))];
    if (kept.length) out[k] = kept;
  }
  return out;
}

function entityToFtm(e: Entity, countryCode: (id: string | null | undefined) => string | undefined, publisher: string): FtmEntity {
  const common = { name: [e.name], alias: e.aliases, description: [e.description], publisher: [publisher] };
  if (e.kind === 'country') {
    const code = countryCode(e.id);
    return { id: entityId(e.id), schema: 'LegalEntity', properties: clean({ ...common, country: [code], jurisdiction: [code], legalForm: ['sovereign state'], topics: ['gov.national'] }) };
  }
  if (e.kind === 'place') return { id: entityId(e.id), schema: 'Address', properties: clean({ full: [e.name], country: [countryCode(e.country)], publisher: [publisher] }) };
  const extra = e.kind === 'person' ? { position: e.offices, nationality: [countryCode(e.country)] } : { country: [countryCode(e.country)] };
  return { id: entityId(e.id), schema: ENTITY_SCHEMA[e.kind], properties: clean({ ...common, ...extra }) };
}

function evidenceProps(r: Relation, urls: ReadonlyMap<string, string>, publisher: string) {
  return {
    startDate: [dateStart(r)],
    endDate: [dateEnd(r) !== dateStart(r) ? dateEnd(r) : undefined],
    sourceUrl: r.evidence.map((ev) => urls.get(ev.article)),
    description: [r.summary],
    summary: r.evidence.map((ev) => `“${ev.quote}”`),
    publisher: [publisher],
  };
}

export function toFtm(s: Selection, publisher = 'Entente'): FtmEntity[] {
  const byId = new Map(s.entities.map((e) => [e.id, e]));
  const countries = ftmModel().types.country.values;
  const countryCode = (id: string | null | undefined) => (id && byId.get(id)?.kind === 'country' && countries.has(id) ? id : undefined);
  const urls = new Map(s.articles.map((a) => [a.id, a.url]));
  const out: FtmEntity[] = s.entities.map((e) => entityToFtm(e, countryCode, publisher));
  const withStatus = (r: Relation) => `${RELATION_KIND_STYLES[r.kind].label} (${STATUS_STYLES[r.status].label.toLowerCase()})`;

  for (const r of s.relations) {
    const ev = evidenceProps(r, urls, publisher);
    const [holder, body] = r.participants.map((p) => byId.get(p));
    if (r.kind === 'role' && r.participants.length === 2 && holder?.kind === 'person' && body && body.kind !== 'person' && body.kind !== 'place') {
      const office = holder.offices?.[0] ?? 'Office';
      const post = `entente-post-${r.id}`;
      const where = body.kind === 'country' ? { country: [countryCode(body.id)] } : { organization: [entityId(body.id)] };
      out.push({ id: post, schema: 'Position', properties: clean({ name: [`${office}, ${body.name}`], ...where, publisher: [publisher] }) });
      out.push({ id: `entente-${r.id}`, schema: 'Occupancy', properties: clean({ holder: [entityId(holder.id)], post: [post], status: [STATUS_STYLES[r.status].label.toLowerCase()], ...ev }) });
    } else if (r.participants.length === 2 && r.participants.every((p) => byId.get(p)?.kind !== 'place')) {
      out.push({ id: `entente-${r.id}`, schema: 'UnknownLink', properties: clean({ subject: [entityId(r.participants[0])], object: [entityId(r.participants[1])], role: [withStatus(r)], status: [r.status], ...ev }) });
    } else {
      const { description, ...rest } = ev;
      const isPlace = (p: string) => byId.get(p)?.kind === 'place';
      const involved = r.participants.filter((p) => !isPlace(p)).map(entityId);
      const places = r.participants.filter(isPlace).map(entityId);
      out.push({ id: `entente-${r.id}`, schema: 'Event', properties: clean({ name: description, involved, addressEntity: places, keywords: [withStatus(r)], ...rest }) });
    }
  }
  return out;
}

const FTM_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Every problem with these entities under the FtM model: unknown or abstract schema, missing
 * required property, unknown property, a value of the wrong type, a reference to an entity
 * not in the file or of a schema the property does not accept. Empty when all are valid.
 */
export function ftmProblems(entities: readonly FtmEntity[]): string[] {
  const m = ftmModel();
  const problems: string[] = [];
  const schemaOf = new Map(entities.map((e) => [e.id, e.schema]));
  const ids = new Set<string>();
  for (const e of entities) {
    const at = `${e.id} (${e.schema})`;
    if (ids.has(e.id)) problems.push(`${at}: id used twice`);
    ids.add(e.id);
    const schema = m.schemata[e.schema];
    if (!schema) {
      problems.push(`${at}: no such schema`);
      continue;
    }
    if (schema.abstract) problems.push(`${at}: the schema is abstract`);
    for (const req of schema.required) if (!e.properties[req]?.length) problems.push(`${at}: required property ${req} is missing`);
    for (const [name, values] of Object.entries(e.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${at}: no property ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      for (const v of values) {
        if (typeof v !== 'string' || v === '') problems.push(`${at}.${name}: empty or not text`);
        else if (prop.type.name === 'date' && !FTM_DATE.test(v)) problems.push(`${at}.${name}: "${v}" is not a date`);
        else if (prop.type.name === 'country' && !m.types.country.values.has(v)) problems.push(`${at}.${name}: "${v}" is not a country code`);
        else if (prop.type.name === 'topic' && !m.types.topic.values.has(v)) problems.push(`${at}.${name}: "${v}" is not a topic`);
        else if (prop.type.name === 'url' && !/^https?:\/\//.test(v)) problems.push(`${at}.${name}: "${v}" is not a URL`);
        else if (prop.type.name === 'entity') {
          const target = schemaOf.get(v);
          if (!target) problems.push(`${at}.${name}: refers to "${v}", not in the file`);
          else if (!m.getSchema(target).isA(prop.getRange())) problems.push(`${at}.${name}: a ${target} is not a ${prop.getRange().name}`);
        }
        if (prop.type.maxLength && typeof v === 'string' && v.length > prop.type.maxLength) problems.push(`${at}.${name}: longer than ${prop.type.maxLength}`);
      }
    }
    // The library's own reading of the datum: throws on what it cannot represent.
    try {
      m.getEntity(e as IEntityDatum);
    } catch (err) {
      problems.push(`${at}: ${(err as Error).message}`);
    }
  }
  return problems;
}

export function toNdjson(entities: readonly FtmEntity[]): string {
  return entities.map((e) => JSON.stringify(e)).join('\n') + (entities.length ? '\n' : '');
}
