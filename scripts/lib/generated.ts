/**
 * Generated data sets on disk: where they live and how they are made (shared by
 * `npm run generate`, the benchmark and the e2e set-up, which create them on demand).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateGraph, SIZES } from '../../src/generate/generate';
import type { Graph } from '../../src/model/schema';
import { validateGraph, type Problem } from '../../src/model/validate';
import { DATA_DIR, GRAPH_FILE, readUtf8, ARTICLES_DIR } from './data-files';
import { layoutFilePath, layoutIsCurrent, layoutJson, writeLayoutFile } from './layout-files';
import { withDataLock } from './dataLock';
import { writeFileAtomic, writeFilesAtomic } from './writeFileAtomic';

export const SIZE_NAMES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];
export const GENERATED_DIR = join(DATA_DIR, 'generated');

export const isSize = (s: string): s is SizeName => (SIZE_NAMES as readonly string[]).includes(s);
export const generatedFile = (size: SizeName) => join(GENERATED_DIR, `${size}.json`);
/** The path the app is given in ?data=. */
export const generatedDataParam = (size: SizeName) => `data/generated/${size}.json`;

/** S is the seed itself, with its article texts inlined so the file stands alone in data/generated/. */
function seedGraph(): unknown {
  const seed = JSON.parse(readFileSync(GRAPH_FILE, 'utf8')) as Graph;
  return {
    ...seed,
    articles: seed.articles.map((a) => (a.text !== undefined ? a : { ...a, text: readUtf8(join(ARTICLES_DIR, `${a.id}.txt`)) })),
  };
}

export function generateSize(size: SizeName, seed = 1): { json: string; graph: Graph; problems: Problem[] } {
  const value = size === 'S' ? seedGraph() : generateGraph({ ...SIZES[size], seed });
  // Compact JSON: an XL file is tens of megabytes already.
  const json = size === 'S' ? `${JSON.stringify(value, null, 2)}\n` : `${JSON.stringify(value)}\n`;
  // Validate what will be written, parsed back, exactly as the app will see it.
  const result = validateGraph(generatedDataParam(size), JSON.parse(json), () => undefined);
  return { json, graph: (result.graph ?? value) as Graph, problems: result.problems };
}

const SIZE_TITLES: Record<SizeName, string> = { S: 'Generated S (the seed, texts inline)', M: 'Generated M', L: 'Generated L', XL: 'Generated XL', XXL: 'Generated XXL' };

/**
 * data/generated/index.json: the generated sets present, so the app's Data set picker offers
 * them (the app cannot list a folder). Rewritten whenever a set is generated.
 */
export function writeGeneratedIndex(): void {
  const datasets = SIZE_NAMES.filter((size) => existsSync(generatedFile(size))).map((size) => {
    const graph = JSON.parse(readFileSync(generatedFile(size), 'utf8')) as Graph;
    return {
      file: generatedDataParam(size),
      title: SIZE_TITLES[size],
      description: `Synthetic, for measuring: ${graph.entities.length.toLocaleString('en')} entities, ${graph.relations.length.toLocaleString('en')} relations (npm run generate).`,
      articles: graph.articles.length,
    };
  });
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileAtomic(join(GENERATED_DIR, 'index.json'), `${JSON.stringify({ version: 1, datasets }, null, 2)}\n`);
}

const readGraph = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Graph;

/** Makes data/generated/<size>.json and its precomputed layout unless they exist; returns its path. */
export function ensureGenerated(size: SizeName, seed = 1): string {
  const file = generatedFile(size);
  if (existsSync(file) && layoutIsCurrent(file, readGraph(file))) return file;
  // Test workers run in parallel and may all ask for the same set: one makes it, the others wait for it.
  return withDataLock(DATA_DIR, `generate ${size}`, () => {
    if (existsSync(file)) {
      // A layout made by older layout code is out of date: the app would compute it again at every load.
      const graph = readGraph(file);
      if (!layoutIsCurrent(file, graph)) writeLayoutFile(file, graph);
      return file;
    }
    const { json, graph, problems } = generateSize(size, seed);
    if (problems.length) throw new Error(`generated ${size} is invalid: ${problems[0].path}: ${problems[0].message}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFilesAtomic([
      { file: layoutFilePath(file), content: layoutJson(graph, json) },
      { file, content: json },
    ]);
    writeGeneratedIndex();
    return file;
  });
}
