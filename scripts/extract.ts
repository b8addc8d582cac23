/**
 * `npm run extract [ids…] [--data-dir DIR]`: extracts every article of a data set, prints what
 * it found per article (or for the ids named), resolves entities and claims across articles,
 * applies its curation.json, validates, and rewrites its graph.json atomically. Exits non-zero,
 * leaving graph.json untouched, on any problem.
 *
 * Without --data-dir (or ENTENTE_DATA_DIR, used by tests) it builds every data set of
 * data/index.json that has an articles/ folder beside its graph.json: the seed (data/) and the
 * sample corpus (data/sample/), and keeps the index's article counts true.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirFromArgs, displayPath, namesDataDir } from './lib/data-files';
import { extractableDirs, readDatasetIndex, updateArticleCounts } from './lib/datasets';
import { runExtract } from './lib/extract-run';
import { formatProblem } from '../src/model/validate';

// One reading of --data-dir and ENTENTE_DATA_DIR, shared with validate. Without either, every data set of data/index.json built from articles.
const args = process.argv.slice(2);
const { dataDir, rest: ids } = dataDirFromArgs(args);
const log = (l: string) => console.log(l);
const error = (l: string) => console.error(l);

function buildAll(): number {
  const { index, problems } = readDatasetIndex();
  if (!index || problems.length) {
    for (const p of problems) error(`✗ ${formatProblem(p)}`);
    error('\ndata/index.json must be fixed first; no graph was changed.');
    return 1;
  }
  const sets = extractableDirs(index);
  const articleIds = (dir: string) => readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
  const unknown = ids.filter((id) => !sets.some(({ dir }) => articleIds(dir).includes(id)));
  if (unknown.length) {
    for (const id of unknown) error(`✗ ${id}: no such article in ${sets.map(({ dir }) => displayPath(join(dir, 'articles'))).join(' or ')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  let code = 0;
  for (const { file, dir } of sets) {
    const mine = ids.filter((id) => articleIds(dir).includes(id));
    log(`\n══ ${file}`);
    // Articles named on the command line are reported where they are; other sets are rebuilt with their summary line only.
    const quiet = ids.length > 0 && !mine.length;
    code ||= runExtract({ dataDir: dir, ids: mine, log: quiet ? (l) => l.startsWith('\nwrote') && log(l) : log, error });
    counts.set(file, articleIds(dir).length);
  }
  if (!code && updateArticleCounts(counts)) log('\nupdated the article counts in data/index.json');
  return code;
}

process.exitCode = namesDataDir(args) ? runExtract({ dataDir, ids, log, error }) : buildAll();
