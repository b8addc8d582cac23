/**
 * Writes `<graph>.layout.json` beside a data file: the positions computeLayout gives that graph,
 * computed here in Node with the very same code the app would run in its worker, so the app can
 * draw the first view at once without downloading the layout code.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Graph } from '../../src/model/schema';
import { layoutInput } from '../../src/layout/computeLayout';
import { runLayout } from '../../src/layout/runLayout';
import { checkLayoutFile, layoutFilePath, makeLayoutFile } from '../../src/layout/layoutFile';
import { writeFileAtomic } from './data-files';

export { layoutFilePath };

export function layoutJson(graph: Graph): string {
  const file = makeLayoutFile(graph, runLayout(layoutInput(graph)));
  // One node per line: a re-layout reads as a diff of the nodes that moved.
  const lines = Object.entries(file.positions).map(([id, p]) => `    ${JSON.stringify(id)}: ${JSON.stringify(p)}`);
  return `{\n  "version": ${file.version},\n  "key": ${JSON.stringify(file.key)},\n  "positions": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** True when the layout file beside graphFile exists and matches this graph. */
export function layoutIsCurrent(graphFile: string, graph: Graph): boolean {
  const file = layoutFilePath(graphFile);
  if (!existsSync(file)) return false;
  try {
    return 'positions' in checkLayoutFile(JSON.parse(readFileSync(file, 'utf8')), graph);
  } catch {
    return false;
  }
}

/** Writes the layout file for graphFile (atomically); returns its path. */
export function writeLayoutFile(graphFile: string, graph: Graph): string {
  const file = layoutFilePath(graphFile);
  writeFileAtomic(file, layoutJson(graph));
  return file;
}
