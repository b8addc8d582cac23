/**
 * The URL is a serialization of the view (state/viewState.ts) plus the data file it shows.
 * This is the one module that reads and writes it, in three steps modelled on Retina's
 * navState:
 *
 *   parseQuery(search)      → raw strings per parameter, and what could not even be read
 *   cleanView(raw, graph)   → a valid ViewState: unknown ids dropped, dates checked, ranges
 *                             ordered, coordinates bounded, lists de-duplicated and sorted
 *   serializeView(view, f)  → the canonical query: defaults left out, fixed parameter order
 *
 * A link anyone may hand-edit or truncate must never stop the app from opening: nothing here
 * throws on input, and everything dropped is reported (IgnoredParam) so the user is told.
 *
 * Parameters (in the order they are written):
 *   data     graph file under data/ (default data/graph.json)
 *   country  country ids, comma-separated             country=by,kp
 *   from,to  date range ends, YYYY | YYYY-MM | YYYY-MM-DD
 *   undated  0 hides relations without a date (default 1: shown)
 *   kind     relation kinds, comma-separated (default: all)
 *   status   relation statuses, comma-separated (default: all)
 *   contested  1 shows only contested claims (default 0)
 *   outlets  only claims reported by at least this many independent outlets (default 1)
 *   source   article ids, comma-separated: only claims with a mention in one of them
 *   q        search text
 *   select   e:<entity-id> or r:<relation-id>
 *   pos      user-moved nodes, whole pixels, in whichever of two forms is shorter:
 *            id:x,y;id:x,y                       readable, for a few nodes (and old links)
 *            1.<data>.<ox>.<oy>.<widths>.<body>  compact: nodes by their index in the data
 *                                                set's sorted ids, see "Compact positions"
 *   at       the camera, once the user has moved it: the layout point at the canvas centre and
 *            the zoom, x,y,zoom (whole pixels, three significant digits)   at=-120,340,1.25
 *   embed    1: the page is embedded in another (graph and details only)
 */
import { isValidDatePoint, pointInterval } from '../model/dates';
import type { Graph } from '../model/schema';
import { RELATION_KINDS, STATUSES, type RelationKind, type Status } from '../model/vocabulary';
import { DEFAULT_VIEW, MAX_CAMERA_ZOOM, MIN_CAMERA_ZOOM, type Camera, type Point, type Selection, type ViewState } from '../state/viewState';
import { plainIgnored } from './linkNotices';
import { DEFAULT_DATA_FILE, isAllowedDataPath } from '../data/loadGraph';

/** One parameter (or one item of a list parameter) that was not applied, and why. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

/** The query as read, before it is checked against the data. */
export interface RawQuery {
  data?: string;
  country?: string[];
  from?: string;
  to?: string;
  undated?: string;
  kind?: string[];
  status?: string[];
  contested?: string;
  outlets?: string;
  source?: string[];
  q?: string;
  select?: string;
  pos?: string[];
  at?: string;
  embed?: string;
}

type ListParam = 'country' | 'kind' | 'status' | 'source' | 'pos';
type ScalarParam = 'data' | 'from' | 'to' | 'undated' | 'contested' | 'outlets' | 'q' | 'select' | 'at' | 'embed';

const LIST_PARAMS: Record<ListParam, string> = { country: ',', kind: ',', status: ',', source: ',', pos: ';' };
const SCALAR_PARAMS: ReadonlySet<string> = new Set<ScalarParam>(['data', 'from', 'to', 'undated', 'contested', 'outlets', 'q', 'select', 'at', 'embed']);

/** Longer search text is cut: nobody types it, and it would only bloat the link. */
export const MAX_QUERY_LENGTH = 200;
/** Pinned coordinates beyond this (model units) are clamped: far outside any layout we draw. */
export const MAX_COORDINATE = 100_000;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const truncateForReport = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Lone UTF-16 surrogates cannot be percent-encoded; replace them so writing never throws. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function isListParam(key: string): key is ListParam {
  return Object.prototype.hasOwnProperty.call(LIST_PARAMS, key);
}

/**
 * Reads the query string (with or without "?") into raw values. Only the shape is judged here:
 * unknown parameters and repeated single-valued ones are reported; list parameters may repeat
 * (their items are joined). Never throws.
 */
export function parseQuery(search: string): { state: RawQuery; ignored: IgnoredParam[] } {
  const state: RawQuery = {};
  const ignored: IgnoredParam[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { state, ignored: [{ param: '(query)', value: truncateForReport(String(search)), reason: 'could not be read' }] };
  }
  for (const [key, rawValue] of params) {
    const value = wellFormed(rawValue);
    if (isListParam(key)) {
      const items = value
        .split(LIST_PARAMS[key])
        .map((s) => s.trim())
        .filter(Boolean);
      state[key] = [...(state[key] ?? []), ...items];
    } else if (SCALAR_PARAMS.has(key)) {
      const k = key as ScalarParam;
      if (state[k] !== undefined) ignored.push({ param: k, value: truncateForReport(value), reason: 'given more than once; the first is used' });
      else state[k] = value;
    } else if (key !== '') {
      ignored.push({ param: truncateForReport(wellFormed(key)), value: truncateForReport(value), reason: 'is not a parameter Entente knows' });
    }
  }
  return { state, ignored };
}

/** The data file a link asks for, if it is one the app may load; the default otherwise. */
export function cleanDataFile(raw: RawQuery): { dataFile: string; ignored: IgnoredParam[] } {
  const asked = raw.data?.trim();
  if (!asked) return { dataFile: DEFAULT_DATA_FILE, ignored: [] };
  if (isAllowedDataPath(asked)) return { dataFile: asked, ignored: [] };
  return {
    dataFile: DEFAULT_DATA_FILE,
    ignored: [{ param: 'data', value: truncateForReport(asked), reason: 'only .json files under data/ can be loaded' }],
  };
}

function uniqueSorted<T extends string>(items: Iterable<T>, order?: readonly T[]): T[] {
  const set = new Set(items);
  if (order) return order.filter((x) => set.has(x));
  return [...set].sort();
}

/** A list that names every allowed value means "no filter": canonical form is the empty list. */
function canonicalAllOrSome<T extends string>(items: T[], all: readonly T[]): T[] {
  const list = uniqueSorted(items, all);
  return list.length === all.length ? [] : list;
}

function cleanEnumList<T extends string>(param: string, items: string[] | undefined, all: readonly T[], ignored: IgnoredParam[]): T[] {
  const allowed = new Set<string>(all);
  const kept: T[] = [];
  for (const item of items ?? []) {
    if (allowed.has(item)) kept.push(item as T);
    else ignored.push({ param, value: truncateForReport(item), reason: `is not one of ${all.join(', ')}` });
  }
  return canonicalAllOrSome(kept, all);
}

function cleanDate(param: 'from' | 'to', value: string | undefined, ignored: IgnoredParam[]): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (DATE_SHAPE.test(v) && isValidDatePoint(v)) return v;
  ignored.push({ param, value: truncateForReport(v), reason: 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)' });
  return undefined;
}

const FLAG_VALUES: Record<string, boolean> = { '1': true, true: true, yes: true, '0': false, false: false, no: false };

function cleanSelection(value: string | undefined, graph: Graph, ignored: IgnoredParam[]): Selection | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const m = /^([er]):(.+)$/.exec(v);
  if (!m) {
    ignored.push({ param: 'select', value: truncateForReport(v), reason: 'must be e:<entity id> or r:<relation id>' });
    return undefined;
  }
  const [, type, id] = m;
  if (type === 'e' && graph.entities.some((e) => e.id === id)) return { type: 'entity', id };
  if (type === 'r' && graph.relations.some((r) => r.id === id)) return { type: 'relation', id };
  ignored.push({ param: 'select', value: truncateForReport(v), reason: `no ${type === 'e' ? 'entity' : 'relation'} with this id in the data` });
  return undefined;
}

const clampCoordinate = (n: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, Math.round(n))) || 0; // || 0: no -0
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function cleanPositions(items: string[] | undefined, graph: Graph, ignored: IgnoredParam[]): Record<string, Point> {
  // Most links move no node: then the entity lookups (a fifth of a second at 100,000 entities) are not built.
  if (!items?.length) return {};
  const entityIds = new Set(graph.entities.map((e) => e.id));
  const pinned: Record<string, Point> = {};
  const order = entityOrder(graph.entities);
  const pin = (id: string, x: number, y: number, report: (reason: string) => void) => {
    if (Object.prototype.hasOwnProperty.call(pinned, id)) {
      report('this node is given more than once; the first is used');
      return;
    }
    if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) report(`moved back within ±${MAX_COORDINATE}`);
    pinned[id] = { x: clampCoordinate(x), y: clampCoordinate(y) };
  };
  for (const item of items ?? []) {
    const report = (reason: string) => ignored.push({ param: 'pos', value: truncateForReport(item), reason });
    if (!item.includes(':')) {
      const decoded = decodeCompactPositions(item, order);
      if (typeof decoded === 'string') report(decoded);
      else for (const { id, x, y } of decoded) pin(id, x, y, (reason) => ignored.push({ param: 'pos', value: `${id} (in compact positions)`, reason }));
      continue;
    }
    const m = /^([^:]+):([^,]*),([^,]*)$/.exec(item);
    if (!m) {
      report('must be <entity id>:x,y');
      continue;
    }
    const [, id, xs, ys] = m;
    if (!entityIds.has(id)) {
      report('no entity with this id in the data');
      continue;
    }
    if (!NUMBER.test(xs.trim()) || !NUMBER.test(ys.trim())) {
      report('the coordinates are not numbers');
      continue;
    }
    const x = Number(xs);
    const y = Number(ys);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      report('the coordinates are not finite numbers');
      continue;
    }
    pin(id, x, y, report);
  }
  return sortedRecord(pinned);
}

/*
 * Compact positions. A link with hundreds of moved nodes written as id:x,y runs past what
 * servers accept (16 KB at vite, 8 KB at many hosts), so a long list is written as one token:
 *
 *   1.<data>.<ox>.<oy>.<mode><widths>.<body>
 *
 *   1        the format's version
 *   data     a 4-character base-36 hash of the data set's sorted entity ids: a node is named by
 *            its index in that order, so a link made for other data is refused, not misapplied
 *   ox, oy   the origin, the smallest x and y, base 36 with a sign
 *   mode     'i': each node is written as index, x, y;  'b': a bitset of the moved indices comes
 *            first, then x, y per moved node in index order (shorter when many nodes are moved)
 *   widths   characters per index (mode i only), per x and per y: 1–3 each
 *   body     base64url digits, fixed width, big-endian; x and y as offsets from the origin
 *
 * 800 moved nodes take 3,200–6,400 characters instead of ~16,000 (linkLimits.test.ts measures).
 */
const COMPACT_VERSION = '1';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_VALUE: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));
const COMPACT_SHAPE = /^1\.([0-9a-z]{4})\.(-?[0-9a-z]{1,8})\.(-?[0-9a-z]{1,8})\.(?:i([1-3])|b)([1-3])([1-3])\.([A-Za-z0-9_-]*)$/;

interface EntityOrder {
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  hash: string;
}

// Keyed weakly by the entity list, so a data set's order is computed once and goes with it.
const orders = new WeakMap<readonly { id: string }[], EntityOrder>();

/** The data set's entity ids in code-unit order (independent of their order in the file), and its hash. */
function entityOrder(entities: readonly { id: string }[]): EntityOrder {
  const known = orders.get(entities);
  if (known) return known;
  const ids = [...new Set(entities.map((e) => e.id))].sort();
  const order = { ids, index: new Map(ids.map((id, i) => [id, i])), hash: idsHash(ids) };
  orders.set(entities, order);
  return order;
}

/** FNV-1a over the ids, as 4 base-36 characters: enough to tell one data set from another. */
function idsHash(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return ((h >>> 0) % 36 ** 4).toString(36).padStart(4, '0');
}

/** Base64url digits for 0…max; 3 (18 bits, to 262,143) covers the 200,000 a coordinate can span. */
const widthFor = (max: number) => (max < 64 ? 1 : max < 4096 ? 2 : 3);

function writeDigits(n: number, width: number): string {
  let out = '';
  for (let i = width - 1; i >= 0; i--) out += B64[Math.floor(n / 64 ** i) % 64];
  return out;
}

function readDigits(body: string, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 64 + B64_VALUE[body[at + i]];
  return n;
}

/** The compact token for these pins (ids the data does not hold are left out), or undefined when there is none. */
function encodeCompactPositions(pins: ReadonlyArray<[string, Point]>, order: EntityOrder): string | undefined {
  const known = pins
    .flatMap(([id, p]) => {
      const i = order.index.get(id);
      return i === undefined ? [] : [{ i, x: clampCoordinate(p.x), y: clampCoordinate(p.y) }];
    })
    .sort((a, b) => a.i - b.i);
  if (!known.length) return undefined;
  const ox = Math.min(...known.map((p) => p.x));
  const oy = Math.min(...known.map((p) => p.y));
  const wx = widthFor(Math.max(...known.map((p) => p.x - ox)));
  const wy = widthFor(Math.max(...known.map((p) => p.y - oy)));
  const wi = widthFor(order.ids.length - 1);
  const coordinates = known.map((p) => writeDigits(p.x - ox, wx) + writeDigits(p.y - oy, wy));
  const byIndex = known.map((p, k) => writeDigits(p.i, wi) + coordinates[k]).join('');
  const bits = new Array<number>(Math.ceil(order.ids.length / 6)).fill(0);
  for (const p of known) bits[Math.floor(p.i / 6)] |= 1 << (5 - (p.i % 6));
  const byBitset = bits.map((b) => B64[b]).join('') + coordinates.join('');
  const head = `${COMPACT_VERSION}.${order.hash}.${ox.toString(36)}.${oy.toString(36)}.`;
  return byBitset.length < byIndex.length ? `${head}b${wx}${wy}.${byBitset}` : `${head}i${wi}${wx}${wy}.${byIndex}`;
}

/** The nodes a compact token pins, or why it cannot be used. Never throws. */
function decodeCompactPositions(token: string, order: EntityOrder): Array<{ id: string; x: number; y: number }> | string {
  const m = COMPACT_SHAPE.exec(token);
  if (!m) return 'must be <entity id>:x,y or compact positions written by Entente';
  const [, hash, oxs, oys, wis, wxs, wys, body] = m;
  if (hash !== order.hash) return 'these compact positions were made for other data';
  const [ox, oy] = [parseInt(oxs, 36), parseInt(oys, 36)];
  const [wx, wy] = [Number(wxs), Number(wys)];
  const out: Array<{ id: string; x: number; y: number }> = [];
  const at = (i: number, x: number, y: number) => out.push({ id: order.ids[i], x: ox + x, y: oy + y });
  if (wis) {
    const wi = Number(wis);
    const size = wi + wx + wy;
    if (body.length % size) return 'the compact positions are cut short or damaged';
    for (let k = 0; k < body.length; k += size) {
      const i = readDigits(body, k, wi);
      if (i >= order.ids.length) return 'the compact positions name a node the data does not have';
      at(i, readDigits(body, k + wi, wx), readDigits(body, k + wi + wx, wy));
    }
    return out;
  }
  const setLength = Math.ceil(order.ids.length / 6);
  const moved: number[] = [];
  for (let c = 0; c < setLength && c < body.length; c++)
    for (let b = 0; b < 6; b++) if (B64_VALUE[body[c]] & (1 << (5 - b))) moved.push(c * 6 + b);
  if (body.length !== setLength + moved.length * (wx + wy)) return 'the compact positions are cut short or damaged';
  if (moved.some((i) => i >= order.ids.length)) return 'the compact positions name a node the data does not have';
  moved.forEach((i, k) => {
    const from = setLength + k * (wx + wy);
    at(i, readDigits(body, from, wx), readDigits(body, from + wx, wy));
  });
  return out;
}

/** A zoom as the link writes it: three significant digits, enough at any scale (0.0204, 1.25). */
const roundZoom = (zoom: number) => Number(zoom.toPrecision(3));

function cleanCamera(value: string | undefined, ignored: IgnoredParam[]): Camera | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const report = (reason: string) => ignored.push({ param: 'at', value: truncateForReport(v), reason });
  const parts = v.split(',').map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) {
    report('must be x,y,zoom (three numbers)');
    return undefined;
  }
  const [x, y, zoom] = parts.map(Number);
  if (![x, y, zoom].every(Number.isFinite) || zoom <= 0) {
    report('must be finite numbers with a zoom above 0');
    return undefined;
  }
  if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) report(`moved back within ±${MAX_COORDINATE}`);
  if (zoom < MIN_CAMERA_ZOOM || zoom > MAX_CAMERA_ZOOM) report(`zoom kept within ${MIN_CAMERA_ZOOM}–${MAX_CAMERA_ZOOM}`);
  return { x: clampCoordinate(x), y: clampCoordinate(y), zoom: roundZoom(Math.min(MAX_CAMERA_ZOOM, Math.max(MIN_CAMERA_ZOOM, zoom))) };
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}

function cleanQuery(value: string | undefined, ignored: IgnoredParam[]): string {
  const q = wellFormed(value ?? '').trim();
  if (q.length <= MAX_QUERY_LENGTH) return q;
  ignored.push({ param: 'q', value: truncateForReport(q), reason: `cut to its first ${MAX_QUERY_LENGTH} characters` });
  return q.slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Checks raw values against the loaded data and returns a valid view plus everything that
 * was dropped or corrected. Parameters absent from `raw` take their defaults.
 */
export function cleanView(raw: RawQuery, graph: Graph): { view: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];

  // Looked up only when the link names countries: at 100,000 entities the map is a tenth of a second.
  const kindOf = raw.country?.length ? new Map(graph.entities.map((e) => [e.id, e.kind])) : undefined;
  const countries: string[] = [];
  for (const id of raw.country ?? []) {
    const kind = kindOf?.get(id);
    if (kind === 'country') countries.push(id);
    else
      ignored.push({
        param: 'country',
        value: truncateForReport(id),
        reason: kind ? 'is not a country' : 'no country with this id in the data',
      });
  }

  let from = cleanDate('from', raw.from, ignored);
  let to = cleanDate('to', raw.to, ignored);
  if (from && to && pointInterval(from).first > pointInterval(to).last) {
    ignored.push({ param: 'from', value: `${from} > ${to}`, reason: 'the range was backwards; from and to were swapped' });
    [from, to] = [to, from];
  }

  let includeUndated = DEFAULT_VIEW.includeUndated;
  const undated = raw.undated?.trim().toLowerCase();
  if (undated) {
    if (Object.prototype.hasOwnProperty.call(FLAG_VALUES, undated)) includeUndated = FLAG_VALUES[undated];
    else ignored.push({ param: 'undated', value: truncateForReport(raw.undated as string), reason: 'must be 0 or 1' });
  }

  let contestedOnly = DEFAULT_VIEW.contestedOnly;
  const contested = raw.contested?.trim().toLowerCase();
  if (contested) {
    if (Object.prototype.hasOwnProperty.call(FLAG_VALUES, contested)) contestedOnly = FLAG_VALUES[contested];
    else ignored.push({ param: 'contested', value: truncateForReport(raw.contested as string), reason: 'must be 0 or 1' });
  }

  let minOutlets = DEFAULT_VIEW.minOutlets;
  const outlets = raw.outlets?.trim();
  if (outlets) {
    if (/^\d{1,4}$/.test(outlets) && Number(outlets) >= 1) minOutlets = Number(outlets);
    else ignored.push({ param: 'outlets', value: truncateForReport(outlets), reason: 'must be a whole number of outlets, 1 or more' });
  }

  const articleIds = new Set(raw.source?.length ? graph.articles.map((a) => a.id) : []);
  const sources: string[] = [];
  for (const id of raw.source ?? []) {
    if (articleIds.has(id)) sources.push(id);
    else ignored.push({ param: 'source', value: truncateForReport(id), reason: 'no article with this id in the data' });
  }

  const view: ViewState = {
    countries: uniqueSorted(countries),
    includeUndated,
    kinds: cleanEnumList<RelationKind>('kind', raw.kind, RELATION_KINDS, ignored),
    statuses: cleanEnumList<Status>('status', raw.status, STATUSES, ignored),
    contestedOnly,
    minOutlets,
    sources: uniqueSorted(sources),
    query: cleanQuery(raw.q, ignored),
    pinned: cleanPositions(raw.pos, graph, ignored),
  };
  if (from) view.from = from;
  if (to) view.to = to;
  const selected = cleanSelection(raw.select, graph, ignored);
  if (selected) view.selected = selected;
  const camera = cleanCamera(raw.at, ignored);
  if (camera) view.camera = camera;
  const embed = raw.embed?.trim().toLowerCase();
  if (embed && Object.prototype.hasOwnProperty.call(FLAG_VALUES, embed)) {
    if (FLAG_VALUES[embed]) view.embed = true;
  } else if (embed) ignored.push({ param: 'embed', value: truncateForReport(raw.embed as string), reason: 'must be 0 or 1' });
  return { view, ignored };
}

/** Percent-encodes a value but keeps the separators our lists use readable (, : ; /). */
function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value))
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%3B/g, ';')
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+');
}

function formatCoordinate(n: number): string {
  const r = Math.round(n);
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * The canonical query for a view: "" for the default view of the default data, otherwise
 * "?…" with defaults left out and parameters in a fixed order, so equal views give equal URLs.
 */
export function serializeView(view: ViewState, dataFile: string = DEFAULT_DATA_FILE, graph?: Pick<Graph, 'entities'>): string {
  const full = serializeParts(view, dataFile, graph, true);
  return full.length <= MAX_LINK_QUERY ? full : serializeParts(view, dataFile, graph, false);
}

/**
 * Longest query a link gets. Servers refuse longer request lines (vite's answers 431 past 16 KB,
 * many hosts past 8 KB); the moved positions, 4–9 characters per node written compactly, are
 * what grows without bound, so past this they are left out of the link (positionsLeftOut) and
 * the user told.
 */
export const MAX_LINK_QUERY = 6000;

/** How many moved positions serializeView leaves out of this view's link (0 when the link holds them all). */
export function positionsLeftOut(view: ViewState, dataFile: string = DEFAULT_DATA_FILE, graph?: Pick<Graph, 'entities'>): number {
  const pins = Object.keys(view.pinned).length;
  return pins && serializeParts(view, dataFile, graph, true).length > MAX_LINK_QUERY ? pins : 0;
}

/**
 * The pos value: id:x,y items, or the compact token when the data set is known and that is
 * shorter (from a dozen or so nodes on). Pins for ids the data does not hold are kept only in
 * the readable form: the compact one cannot name them.
 */
function serializePositions(view: ViewState, graph: Pick<Graph, 'entities'> | undefined): string {
  const pins = Object.keys(view.pinned)
    .sort()
    .filter((id) => Number.isFinite(view.pinned[id]?.x) && Number.isFinite(view.pinned[id]?.y))
    .map((id): [string, Point] => [id, view.pinned[id]]);
  const readable = pins.map(([id, p]) => `${id}:${formatCoordinate(p.x)},${formatCoordinate(p.y)}`).join(';');
  if (!graph || !pins.length) return readable;
  const order = entityOrder(graph.entities);
  if (!pins.every(([id]) => order.index.has(id))) return readable;
  const compact = encodeCompactPositions(pins, order);
  return compact !== undefined && compact.length < encodeValue(readable).length ? compact : readable;
}

function serializeParts(view: ViewState, dataFile: string, graph: Pick<Graph, 'entities'> | undefined, withPositions: boolean): string {
  const parts: Array<[string, string]> = [];
  if (dataFile !== DEFAULT_DATA_FILE) parts.push(['data', dataFile]);
  if (view.countries.length) parts.push(['country', uniqueSorted(view.countries).join(',')]);
  if (view.from) parts.push(['from', view.from]);
  if (view.to) parts.push(['to', view.to]);
  if (view.includeUndated !== DEFAULT_VIEW.includeUndated) parts.push(['undated', view.includeUndated ? '1' : '0']);
  const kinds = canonicalAllOrSome(view.kinds, RELATION_KINDS);
  if (kinds.length) parts.push(['kind', kinds.join(',')]);
  const statuses = canonicalAllOrSome(view.statuses, STATUSES);
  if (statuses.length) parts.push(['status', statuses.join(',')]);
  if (view.contestedOnly) parts.push(['contested', '1']);
  if (Number.isInteger(view.minOutlets) && view.minOutlets > 1) parts.push(['outlets', String(view.minOutlets)]);
  if (view.sources?.length) parts.push(['source', uniqueSorted(view.sources).join(',')]);
  const query = view.query.trim();
  if (query) parts.push(['q', query]);
  if (view.selected) parts.push(['select', `${view.selected.type === 'entity' ? 'e' : 'r'}:${view.selected.id}`]);
  const pos = withPositions ? serializePositions(view, graph) : '';
  if (pos) parts.push(['pos', pos]);
  const camera = view.camera;
  if (camera && [camera.x, camera.y, camera.zoom].every(Number.isFinite) && camera.zoom > 0)
    parts.push(['at', `${formatCoordinate(camera.x)},${formatCoordinate(camera.y)},${roundZoom(camera.zoom)}`]);
  if (view.embed) parts.push(['embed', '1']);
  if (!parts.length) return '';
  return '?' + parts.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
}

/** One line per ignored parameter, for the notice the user sees. */
export function describeIgnored(item: IgnoredParam): string {
  return `${item.param}=${item.value}: ${item.reason}`;
}

/** More of one kind than this (same parameter, same reason) are counted on one line. */
export const LISTED_PER_KIND = 3;
/** Lines in the notice at most; the rest are counted. */
export const MAX_IGNORED_LINES = 8;

const PARAM_NOUNS: Record<string, string> = { pos: 'positions', country: 'countries', kind: 'kinds', status: 'statuses' };

/**
 * The notice's lines for everything ignored, in plain words (linkNotices.ts): a few of a kind are listed, more are counted
 * ("4,999 positions were ignored (pos): this node is given more than once"), and the notice never
 * grows past MAX_IGNORED_LINES however long the link.
 */
export function describeIgnoredGrouped(ignored: readonly IgnoredParam[]): string[] {
  const groups = new Map<string, IgnoredParam[]>();
  for (const item of ignored) {
    const key = `${item.param}\u0000${item.reason}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const lines: string[] = [];
  for (const items of groups.values()) {
    if (items.length <= LISTED_PER_KIND) for (const item of items) lines.push(plainIgnored(item));
    else {
      const { param, reason } = items[0];
      const noun = PARAM_NOUNS[param] ?? 'values';
      lines.push(`${items.length.toLocaleString('en')} ${noun} were ignored (${param}): ${reason}; the first: ${items[0].value}`);
    }
  }
  if (lines.length <= MAX_IGNORED_LINES) return lines;
  const rest = lines.length - (MAX_IGNORED_LINES - 1);
  return [...lines.slice(0, MAX_IGNORED_LINES - 1), `and ${rest.toLocaleString('en')} more`];
}

/** Whether a link opens the embedded page, known before the data is in (so the page never flashes the full explorer). */
export function isEmbedSearch(search: string): boolean {
  const embed = parseQuery(search).state.embed?.trim().toLowerCase();
  return embed !== undefined && FLAG_VALUES[embed] === true;
}

/** parse + clean in one step: what a link opens, given the loaded data. */
export function viewFromSearch(search: string, graph: Graph): { view: ViewState; ignored: IgnoredParam[] } {
  const { state, ignored: unread } = parseQuery(search);
  const { view, ignored } = cleanView(state, graph);
  return { view, ignored: [...unread, ...ignored] };
}
