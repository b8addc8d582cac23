/**
 * `npm run layout [-- data/graph.json data/generated/L.json …]`: precomputes the positions of
 * each graph into `<graph>.layout.json` beside it (default: the seed). `npm run extract` and
 * `npm run generate` call the same code; run this after editing a graph by hand, or the app,
 * finding the layout file out of date, computes the layout itself at load.
 */
import { dirname, join, resolve, sep } from 'node:path';
import { formatProblem } from '../src/model/validate';
import { DATA_DIR, displayPath, GRAPH_FILE, validateGraphFile } from './lib/data-files';
import { withDataLock } from './lib/dataLock';
import { writeLayoutFile } from './lib/layout-files';

const files = process.argv.slice(2).filter((a) => a !== '--');
let failed = 0;
for (const file of files.length ? files.map((f) => resolve(f)) : [GRAPH_FILE]) {
  const started = performance.now();
  // Validated like the app validates it: a layout is only written for a graph the app would show.
  const { graph, problems } = validateGraphFile(file, join(dirname(file), 'articles'));
  if (!graph) {
    for (const p of problems.slice(0, 20)) console.error(`✗ ${formatProblem(p)}`);
    console.error(`✗ ${displayPath(file)} is not valid; no layout written.`);
    failed++;
    continue;
  }
  const lockDir = file.startsWith(DATA_DIR + sep) ? DATA_DIR : dirname(file);
  const out = withDataLock(lockDir, 'npm run layout', () => writeLayoutFile(file, graph), { onWait: (line) => console.log(line) });
  console.log(`ok  ${displayPath(out)}: ${graph.entities.length} entities (${Math.round(performance.now() - started)} ms)`);
}
process.exit(failed ? 1 : 0);
