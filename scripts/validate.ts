/**
 * `npm run validate [graph.json …]`: checks graph files against the schema and the article
 * texts (in articles/ beside each file), and every article's metadata; prints every problem
 * and exits non-zero on any. Without arguments: data/index.json and every data set it lists
 * that is built from articles (the seed and the sample corpus).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, type Problem } from '../src/model/validate';
import { GRAPH_FILE, displayPath, listArticleFiles, readArticleMeta, validateGraphFile } from './lib/data-files';
import { extractableDirs, readDatasetIndex } from './lib/datasets';

const files = process.argv.slice(2).map((f) => resolve(f));
const problems: Problem[] = [];
const summaries: string[] = [];
if (!files.length) {
  const { index, problems: indexProblems } = readDatasetIndex();
  problems.push(...indexProblems);
  files.push(...(index ? extractableDirs(index).map(({ dir }) => join(dir, 'graph.json')) : [GRAPH_FILE]));
}
for (const file of files) {
  const articles = join(dirname(file), 'articles');
  if (existsSync(articles)) for (const article of listArticleFiles(articles)) problems.push(...readArticleMeta(article).problems);
}

for (const file of files) {
  const result = validateGraphFile(file, join(dirname(file), 'articles'));
  problems.push(...result.problems);
  if (result.graph) {
    const g = result.graph;
    summaries.push(`${displayPath(file)}: ${g.articles.length} articles, ${g.entities.length} entities, ${g.relations.length} relations, every quote matches its offsets`);
  }
}

for (const line of summaries) console.log(`ok  ${line}`);
if (problems.length) {
  for (const p of problems) console.error(`✗ ${formatProblem(p)}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
