/**
 * `npm run generate -- --size M --seed 1 [--out file]`: writes a synthetic graph for measuring
 * the explorer at scale to data/generated/<size>.json (gitignored; re-created on demand), validated
 * by the same validator as the seed. Sizes: S (the seed itself, texts inlined), M, L, XL, XXL (100,000 entities, 175 MB).
 * Open it with ?data=data/generated/<size>.json.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/model/validate';
import { DATA_DIR, displayPath } from './lib/data-files';
import { layoutFilePath, layoutJson } from './lib/layout-files';
import { withDataLock } from './lib/dataLock';
import { writeFilesAtomic } from './lib/writeFileAtomic';
import { generatedDataParam, generatedFile, generateSize, isSize, SIZE_NAMES, writeGeneratedIndex } from './lib/generated';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const size = values.size.toUpperCase();
const seed = Number(values.seed);
if (!isSize(size)) {
  console.error(`Unknown size "${values.size}": use one of ${SIZE_NAMES.join(', ')}.`);
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error(`--seed must be an integer, got "${values.seed}".`);
  process.exit(2);
}

const started = performance.now();
const { json, graph, problems } = generateSize(size, seed);
if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error(`✗ ${formatProblem(p)}`);
  console.error(`\nThe generated graph has ${problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
const out = resolve(values.out ?? generatedFile(size));
/** The data folder when the file is in it, else the folder the file is written to. */
const lockDirFor = (file: string) => (file.startsWith(DATA_DIR + sep) ? DATA_DIR : dirname(file));
mkdirSync(dirname(out), { recursive: true });
const layout = layoutJson(graph, json);
// Written under the data folder's lock, the data set and its layout as one pair; the picker's list of generated sets follows.
withDataLock(lockDirFor(out), `npm run generate -- --size ${size}`, () => {
  writeFilesAtomic([{ file: layoutFilePath(out), content: layout }, { file: out, content: json }]);
  if (!values.out) writeGeneratedIndex();
}, {
  onWait: (line) => console.log(line),
});
const ms = Math.round(performance.now() - started);
console.log(
  `ok  ${displayPath(out)}: ${graph.articles.length} articles, ${graph.entities.length} entities, ${graph.relations.length} relations, ` +
    `${(json.length / 1e6).toFixed(1)} MB, valid (${ms} ms).${values.out ? '' : ` Open it with ?data=${generatedDataParam(size)}`}`,
);
