/**
 * The data sets the app offers: data/index.json is valid, lists files that exist with true
 * article counts, and the sample corpus keeps its promises: the seed copied byte for byte, every
 * other text marked as written for the sample corpus, nothing fetched from outside the repo.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetIndex } from '../src/model/datasets';
import { ROOT } from './lib/data-files';
import { extractableDirs, readDatasetIndex } from './lib/datasets';

const SAMPLE = join(ROOT, 'data', 'sample');
const SEED = 'nk-belarus-2024-07-24';

describe('data/index.json', () => {
  it('is valid and lists the seed first (the default) and the sample corpus, with true article counts', () => {
    const { index, problems } = readDatasetIndex();
    expect(problems).toEqual([]);
    expect(index!.datasets.map((d) => d.file).slice(0, 2)).toEqual(['data/graph.json', 'data/sample/graph.json']);
    for (const d of index!.datasets) {
      const graph = JSON.parse(readFileSync(join(ROOT, d.file), 'utf8')) as { articles: unknown[] };
      expect(graph.articles.length, d.file).toBe(d.articles);
    }
    expect(extractableDirs(index!).map((s) => s.file)).toEqual(['data/graph.json', 'data/sample/graph.json']);
  });

  it('names every problem of a bad index with its field', () => {
    const { problems } = checkDatasetIndex('data/index.json', { version: 1, datasets: [{ file: '../etc/passwd', title: '', articles: -1, extra: 1 }] });
    expect(problems.map((p) => p.path)).toEqual(['datasets[0].file', 'datasets[0].title', 'datasets[0].description', 'datasets[0].articles', 'datasets[0].extra']);
  });
});

describe('the sample corpus', () => {
  const articles = join(SAMPLE, 'articles');
  const ids = readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));

  it('holds the seed, byte for byte as in data/articles, and the sixteen dev articles', () => {
    expect(ids).toContain(SEED);
    expect(ids.filter((id) => /^d\d+-/.test(id))).toHaveLength(16);
    for (const ext of ['txt', 'json']) {
      expect(readFileSync(join(articles, `${SEED}.${ext}`), 'utf8')).toBe(readFileSync(join(ROOT, 'data', 'articles', `${SEED}.${ext}`), 'utf8'));
    }
  });

  it('marks every text but the seed as written for the sample corpus', () => {
    for (const id of ids.filter((x) => x !== SEED)) {
      const meta = JSON.parse(readFileSync(join(articles, `${id}.json`), 'utf8')) as { publisher: string };
      expect(meta.publisher, id).toBe('Entente sample corpus');
    }
  });
});
