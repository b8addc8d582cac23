/**
 * Writes `<graph>.layout.json` beside a data file: the positions computeLayout gives that graph,
 * computed here in Node with the very same code the app would run in its worker, so the app can
 * draw the first view at once without downloading the layout code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Graph } from '../../src/model/schema';
import { layoutInput } from '../../src/layout/computeLayout';
import { runLayout } from '../../src/layout/runLayout';
import { checkLayoutFile, layoutFilePath, layoutSource, makeLayoutFile } from '../../src/layout/layoutFile';
import { writeFileAtomic } from './data-files';

export { layoutFilePath };

/** SHA-256 (hex) of a data file's content as written (UTF-8): the app hashes the bytes it fetches the same way (src/layout/layoutSource.ts). */
export const contentDigest = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * The layout file for `graph`. `graphContent`: the data file exactly as it is (or will be)
 * written, so that the app, reading those very bytes, can skip working out the key.
 */
export function layoutJson(graph: Graph, graphContent?: string | Buffer): string {
  const file = makeLayoutFile(graph, runLayout(layoutInput(graph)), graphContent === undefined ? undefined : contentDigest(graphContent));
  // One node per line: a re-layout reads as a diff of the nodes that moved.
  const lines = Object.entries(file.positions).map(([id, p]) => `    ${JSON.stringify(id)}: ${JSON.stringify(p)}`);
  const source = file.source ? `  "source": ${JSON.stringify(file.source)},\n` : '';
  return `{\n  "version": ${file.version},\n  "key": ${JSON.stringify(file.key)},\n${source}  "positions": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/**
 * True when the layout file beside graphFile exists, matches this graph by its key, and names
 * the graph file's bytes (a file from before the app could skip the key is made again).
 */
export function layoutIsCurrent(graphFile: string, graph: Graph): boolean {
  const file = layoutFilePath(graphFile);
  if (!existsSync(file)) return false;
  try {
    const layout = JSON.parse(readFileSync(file, 'utf8'));
    return 'positions' in checkLayoutFile(layout, graph) && layout.source === layoutSource(contentDigest(readFileSync(graphFile)));
  } catch {
    return false;
  }
}

/** Writes the layout file for graphFile (atomically); returns its path. */
export function writeLayoutFile(graphFile: string, graph: Graph): string {
  const file = layoutFilePath(graphFile);
  writeFileAtomic(file, layoutJson(graph, readFileSync(graphFile)));
  return file;
}
