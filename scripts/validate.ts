/**
 * `npm run validate [graph.json …]`: checks graph files against the schema and the article
 * texts, and every article's metadata; prints every problem and exits non-zero on any.
 */
import { resolve } from 'node:path';
import { formatProblem, type Problem } from '../src/model/validate';
import { GRAPH_FILE, displayPath, listArticleFiles, readArticleMeta, validateGraphFile } from './lib/data-files';

const files = process.argv.slice(2).map((f) => resolve(f));
const problems: Problem[] = [];
for (const article of listArticleFiles()) problems.push(...readArticleMeta(article).problems);

const summaries: string[] = [];
for (const file of files.length ? files : [GRAPH_FILE]) {
  const result = validateGraphFile(file);
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
