/**
 * `npm run validate [graph.json …] [--data-dir DIR]`: checks graph files against the schema and
 * the article texts beside them (<graph dir>/articles, as the app reads them), and every
 * article's metadata; prints every problem (a long list cut and counted by kind) and exits
 * non-zero on any. Without arguments: data/index.json and every data set it lists that is
 * built from articles (the seed and the sample corpus); with --data-dir (or ENTENTE_DATA_DIR),
 * that folder.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, type Problem } from '../src/model/validate';
import { describeMore, summarizeProblems } from '../src/model/problems';
import { GRAPH_FILE, dataDirFromArgs, displayPath, listArticleFiles, namesDataDir, readArticleMeta, validateGraphFile } from './lib/data-files';
import { extractableDirs, readDatasetIndex } from './lib/datasets';

/** Problems printed one per line; the rest are counted by kind. */
const SHOWN_PROBLEMS = 200;

const args = process.argv.slice(2);
const { dataDir, rest } = dataDirFromArgs(args);
const files = rest.map((f) => resolve(f));
const problems: Problem[] = [];
const add = (more: readonly Problem[]) => {
  for (const p of more) problems.push(p); // not push(...more): a list of 100,000 overflows the call stack
};

const summaries: string[] = [];
if (!files.length) {
  if (namesDataDir(args)) files.push(join(dataDir, 'graph.json'));
  else {
    const { index, problems: indexProblems } = readDatasetIndex();
    add(indexProblems);
    files.push(...(index ? extractableDirs(index).map(({ dir }) => join(dir, 'graph.json')) : [GRAPH_FILE]));
  }
}
const articleDirs = new Set(files.map((f) => join(dirname(f), 'articles')));
if (namesDataDir(args)) articleDirs.add(join(dataDir, 'articles'));
for (const dir of articleDirs) if (existsSync(dir)) for (const article of listArticleFiles(dir)) add(readArticleMeta(article).problems);

for (const file of files) {
  const result = validateGraphFile(file, join(dirname(file), 'articles'));
  add(result.problems);
  if (result.graph) {
    const g = result.graph;
    summaries.push(`${displayPath(file)}: ${g.articles.length} articles, ${g.entities.length} entities, ${g.relations.length} relations, every quote matches its offsets`);
  }
}

for (const line of summaries) console.log(`ok  ${line}`);
if (problems.length) {
  const { shown, more } = summarizeProblems(problems, SHOWN_PROBLEMS);
  for (const p of shown) console.error(`✗ ${formatProblem(p)}`);
  for (const group of more) console.error(`  ${describeMore(group)}`);
  console.error(`\n${problems.length.toLocaleString('en')} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
