/**
 * data/index.json: the data sets the app offers in its Data set picker. Each entry names its
 * graph file; the ones with an `articles/` folder beside their file are built by
 * `npm run extract`, which also keeps their article count true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDatasetIndex, type DatasetIndex } from '../../src/model/datasets';
import type { Problem } from '../../src/model/validate';
import { DATA_DIR, ROOT, displayPath, writeFileAtomic } from './data-files';

export const INDEX_FILE = join(DATA_DIR, 'index.json');

export function readDatasetIndex(file = INDEX_FILE): { index?: DatasetIndex; problems: Problem[] } {
  if (!existsSync(file)) return { problems: [{ file: displayPath(file), path: '(file)', message: 'is missing' }] };
  return parseDatasetIndex(displayPath(file), readFileSync(file, 'utf8'));
}

/** The folders `npm run extract` builds: a listed data set's folder when it holds articles/. */
export function extractableDirs(index: DatasetIndex): Array<{ file: string; dir: string }> {
  return index.datasets
    .map((d) => ({ file: d.file, dir: join(ROOT, dirname(d.file)) }))
    .filter(({ file, dir }) => file.endsWith('/graph.json') && existsSync(join(dir, 'articles')));
}

/** Rewrites the article counts after a build; leaves the file untouched when they are right. */
export function updateArticleCounts(counts: ReadonlyMap<string, number>, file = INDEX_FILE): boolean {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { datasets: Array<{ file: string; articles: number }> };
  let changed = false;
  for (const d of raw.datasets) {
    const n = counts.get(d.file);
    if (n !== undefined && n !== d.articles) {
      d.articles = n;
      changed = true;
    }
  }
  if (changed) writeFileAtomic(file, `${JSON.stringify(raw, null, 2)}\n`);
  return changed;
}
