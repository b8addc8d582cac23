/**
 * Positions computed ahead: `<graph>.layout.json` beside a data file holds the output of
 * computeLayout for that graph, so the app can draw the first view with a preset layout and
 * never download the layout worker (cytoscape + fcose a second time). The file is a cache:
 * it carries a key derived from everything the layout depends on, and a graph edited without
 * re-running `npm run layout` no longer matches it, so the app falls back to computing the
 * layout rather than showing wrong positions.
 */
import type { Graph } from '../model/schema';
import { z } from '../model/zod';
import { layoutInput } from './computeLayout';
import type { LayoutInput, Positions } from './runLayout';
import { LAYOUT_REVISION } from './layoutRevision';

export const LAYOUT_FILE_VERSION = 1;

export { layoutFilePath } from './layoutPath';

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

const PointSchema = z.strictObject({ x: z.number(), y: z.number() });
export const LayoutFileSchema = z.strictObject({
  version: z.literal(LAYOUT_FILE_VERSION),
  key: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  positions: z.record(z.string(), PointSchema),
});
export type LayoutFile = z.infer<typeof LayoutFileSchema>;

export function makeLayoutFile(graph: Graph, positions: Positions): LayoutFile {
  return { version: LAYOUT_FILE_VERSION, key: layoutKey(layoutInput(graph)), positions };
}

export type CachedLayout = { positions: Positions } | { stale: true } | { problem: string };

/**
 * Checks a parsed layout file against the graph it claims to lay out. Stale (the graph changed)
 * is expected after an edit; a problem means the file itself is broken. Either way the caller
 * computes the layout instead.
 */
export function checkLayoutFile(value: unknown, graph: Graph): CachedLayout {
  const parsed = LayoutFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const input = layoutInput(graph);
  if (parsed.data.key !== layoutKey(input)) return { stale: true };
  const { positions } = parsed.data;
  const ids = new Set(input.nodes.map((n) => n.id));
  for (const id of Object.keys(positions)) if (!ids.has(id)) return { problem: `positions.${id}: no such node in the graph` };
  for (const id of ids) if (!positions[id]) return { problem: `positions.${id}: missing` };
  return { positions };
}
