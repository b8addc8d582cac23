/**
 * Checking a layout file against its graph without zod: the page reads a valid file with this
 * module alone, and loads layoutFile.ts (zod's check, which words what is wrong) only for a file
 * the fast check does not vouch for. layoutFile.ts uses the same key and match.
 */
import type { Graph } from '../model/schema';
import { layoutInput } from './computeLayout';
import { entityNodeId, hubNodeId, isHyper } from '../graph/elements';
import type { LayoutInput, Positions } from './runLayout';
import { LAYOUT_REVISION } from './layoutRevision';
import { isPlainObject, plainWithOnly } from '../model/fastPath';
import { ENTITY_STYLES, HUB_STYLE } from '../ui/styleConstants';

export const LAYOUT_FILE_VERSION = 1;

/** A layout file as its schema (layoutFile.ts) gives it back. */
export interface LayoutFile {
  version: typeof LAYOUT_FILE_VERSION;
  key: string;
  /** The data file's exact bytes and the layout code it was made for (layoutSource): a shortcut past the key. */
  source?: string;
  positions: Record<string, { x: number; y: number }>;
}

/**
 * cyrb53-style hash fed piece by piece, so a 20k-node graph is hashed without first building
 * a multi-megabyte string. Not cryptographic: it detects edits, it does not resist forgery.
 */
function hasher() {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator after each piece, so ("ab","c") and ("a","bc") differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  };
  const digest = () => {
    let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    a >>>= 0;
    b >>>= 0;
    return b.toString(16).padStart(8, '0') + a.toString(16).padStart(8, '0');
  };
  return { feed, digest };
}

/**
 * The key of a layout: the layout code's revision and every input of the layout, in order (node ids, sizes, groups, hubs,
 * places on the map, edges, seed). Order matters to fcose, so a reordered file is a different layout too.
 */
export function layoutKey(input: LayoutInput): string {
  const h = hasher();
  h.feed(`v${LAYOUT_FILE_VERSION}|r${LAYOUT_REVISION}`);
  h.feed(String(input.seed ?? ''));
  for (const n of input.nodes) {
    const box = (b?: { width: number; height: number }) => (b ? `${b.width}x${b.height}` : '');
    h.feed(`n|${n.id}|${n.width}|${n.height}|${n.group ?? ''}|${n.hub ? 1 : 0}|${box(n.mark)}|${box(n.label)}|${n.geo?.join(',') ?? ''}`);
  }
  for (const e of input.edges) h.feed(`e|${e.id}|${e.source}|${e.target}|${e.weight ?? ''}`);
  return h.digest();
}

/** The layout code a file's positions come from: its revision and the sizes it gives nodes. */
let codeStamp: string | undefined;
function layoutCodeStamp(): string {
  if (codeStamp === undefined) {
    const h = hasher();
    h.feed(`v${LAYOUT_FILE_VERSION}|r${LAYOUT_REVISION}|${JSON.stringify(ENTITY_STYLES)}|${JSON.stringify(HUB_STYLE)}`);
    codeStamp = h.digest();
  }
  return codeStamp;
}

/**
 * A layout file's `source`: the SHA-256 of the data file's bytes (hex), after the stamp of the
 * layout code that placed them. A file made for these very bytes by this very code needs no key:
 * at 100,000 entities working the key out takes the loader most of a second, hashing the bytes
 * takes a fifth of one, natively and beside the parsing (layoutSource.ts).
 */
export const layoutSource = (bytesDigest: string): string => `${layoutCodeStamp()}:${bytesDigest}`;

export type CachedLayout = { positions: Positions } | { stale: true } | { problem: string };

/**
 * Stale when the graph changed since the file was written; a problem when its nodes are not the
 * graph's. `bytesDigest`: the SHA-256 of the bytes the graph was read from, when known.
 */
export function matchLayoutFile(file: LayoutFile, graph: Graph, bytesDigest?: string): CachedLayout {
  const sameBytes = bytesDigest !== undefined && file.source === layoutSource(bytesDigest);
  if (!sameBytes && file.key !== layoutKey(layoutInput(graph))) return { stale: true };
  return positionsForEveryNode(file.positions, graph);
}

/** The positions when there is one for each of the graph's nodes (entities, and hubs of relations of three or more) and no other. */
function positionsForEveryNode(positions: Positions, graph: Graph): CachedLayout {
  let nodes = 0;
  const check = (id: string) => {
    nodes++;
    return Object.hasOwn(positions, id) ? undefined : { problem: `positions.${id}: missing` };
  };
  for (const e of graph.entities) {
    const missing = check(entityNodeId(e.id));
    if (missing) return missing;
  }
  for (const r of graph.relations) {
    const missing = isHyper(r) ? check(hubNodeId(r.id)) : undefined;
    if (missing) return missing;
  }
  // As many positions as nodes, and every node has one: then none is for a node the graph lacks.
  if (Object.keys(positions).length === nodes) return { positions };
  const ids = new Set([...graph.entities.map((e) => entityNodeId(e.id)), ...graph.relations.filter(isHyper).map((r) => hubNodeId(r.id))]);
  return { problem: `positions.${Object.keys(positions).find((id) => !ids.has(id))}: no such node in the graph` };
}

const FILE_KEYS = new Set(['version', 'key', 'source', 'positions']);
export const SOURCE_PATTERN = /^[0-9a-f]{16}:[0-9a-f]{64}$/;
const POINT_KEYS = new Set(['x', 'y']);
// (A missing key fails the tests below: version, key and positions are each checked, x and y must be finite.)
const isPoint = (v: unknown) => plainWithOnly(v, POINT_KEYS) && Number.isFinite(v.x) && Number.isFinite(v.y);

/**
 * The file, when it surely passes the schema (exact keys, a 16-digit hex key, every position an
 * {x, y} of finite numbers, no key that an object treats specially); undefined to let zod decide.
 */
export function acceptLayoutFile(v: unknown): LayoutFile | undefined {
  if (!plainWithOnly(v, FILE_KEYS) || v.version !== LAYOUT_FILE_VERSION) return undefined;
  if (typeof v.key !== 'string' || !/^[0-9a-f]{16}$/.test(v.key) || !isPlainObject(v.positions)) return undefined;
  if ('source' in v && (typeof v.source !== 'string' || !SOURCE_PATTERN.test(v.source))) return undefined;
  for (const [id, point] of Object.entries(v.positions)) if (id === '__proto__' || !isPoint(point)) return undefined;
  return v as unknown as LayoutFile;
}
