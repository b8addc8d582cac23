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
import type { Positions } from './runLayout';
import { acceptLayoutFile, LAYOUT_FILE_VERSION, layoutKey, layoutSource, matchLayoutFile, SOURCE_PATTERN, type CachedLayout, type LayoutFile } from './layoutMatch';

export { acceptLayoutFile, LAYOUT_FILE_VERSION, layoutKey, layoutSource, matchLayoutFile, type CachedLayout, type LayoutFile } from './layoutMatch';
export { layoutFilePath } from './layoutPath';

const PointSchema = z.strictObject({ x: z.number(), y: z.number() });
export const LayoutFileSchema = z.strictObject({
  version: z.literal(LAYOUT_FILE_VERSION),
  key: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  source: z.optional(z.string().check(z.regex(SOURCE_PATTERN))),
  positions: z.record(z.string(), PointSchema),
});
// layoutMatch.ts writes the same shape by hand (it must not import zod): keep the two in step.
const sameShape: [z.infer<typeof LayoutFileSchema>, LayoutFile] extends [LayoutFile, z.infer<typeof LayoutFileSchema>] ? true : never = true;
void sameShape;

/** `bytesDigest`: the SHA-256 (hex) of the data file's bytes as written, so that a reader of those very bytes can skip the key. */
export function makeLayoutFile(graph: Graph, positions: Positions, bytesDigest?: string): LayoutFile {
  return { version: LAYOUT_FILE_VERSION, key: layoutKey(layoutInput(graph)), ...(bytesDigest ? { source: layoutSource(bytesDigest) } : {}), positions };
}

/**
 * Checks a parsed layout file against the graph it claims to lay out. Stale (the graph changed)
 * is expected after an edit; a problem means the file itself is broken. Either way the caller
 * computes the layout instead.
 */
export function checkLayoutFile(value: unknown, graph: Graph, bytesDigest?: string): CachedLayout {
  const fast = acceptLayoutFile(value);
  if (fast) return matchLayoutFile(fast, graph, bytesDigest);
  const parsed = LayoutFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return matchLayoutFile(parsed.data, graph, bytesDigest);
}
