/**
 * `npm run validate [graph.json …] [--data-dir DIR]`: checks graph files against the schema and
 * the article texts beside them (<graph dir>/articles, as the app reads them), and every
 * article's metadata in the data folder (--data-dir, else ENTENTE_DATA_DIR, else data/); prints
 * every problem (a long list cut and counted by kind) and exits non-zero on any.
 */
import { join, resolve } from 'node:path';
import { formatProblem, type Problem } from '../src/model/validate';
import { describeMore, summarizeProblems } from '../src/model/problems';
import { dataDirFromArgs, displayPath, listArticleFiles, readArticleMeta, validateGraphFile } from './lib/data-files';

/** Problems printed one per line; the rest are counted by kind. */
const SHOWN_PROBLEMS = 200;

const { dataDir, rest } = dataDirFromArgs(process.argv.slice(2));
const files = rest.map((f) => resolve(f));
const problems: Problem[] = [];
const add = (more: readonly Problem[]) => {
  for (const p of more) problems.push(p); // not push(...more): a list of 100,000 overflows the call stack
};
for (const article of listArticleFiles(join(dataDir, 'articles'))) add(readArticleMeta(article).problems);

const summaries: string[] = [];
for (const file of files.length ? files : [join(dataDir, 'graph.json')]) {
  const result = validateGraphFile(file);
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
