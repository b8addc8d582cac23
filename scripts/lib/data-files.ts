/**
 * Node-side file I/O for the data folder, shared by the CLIs (validate, extract, generate).
 * The model and the extractor stay free of Node imports; this is the only place that
 * knows where files live.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleMetaSchema, type Article } from '../../src/model/schema';
import { formatPath, parseJson, validateGraph, type Problem, type ValidationResult } from '../../src/model/validate';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = join(ROOT, 'data');
export const ARTICLES_DIR = join(DATA_DIR, 'articles');
export const GRAPH_FILE = join(DATA_DIR, 'graph.json');

/** Paths in messages are relative to the project root, as a user types them. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

export { writeFileAtomic } from './writeFileAtomic';

/** Reads an article's text as UTF-8, refusing bytes that are not valid UTF-8. */
export function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export interface ArticleFile {
  id: string;
  textFile: string;
  metaFile: string;
}

/** The articles on disk: every data/articles/<id>.txt (with its <id>.json beside it). */
export function listArticleFiles(dir = ARTICLES_DIR): ArticleFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.txt'.length);
      return { id, textFile: join(dir, f), metaFile: join(dir, `${id}.json`) };
    });
}

/** Reads and checks one article's metadata file; problems name the file and field. */
export function readArticleMeta(file: ArticleFile): { article?: Omit<Article, 'text'>; problems: Problem[] } {
  const shown = displayPath(file.metaFile);
  if (!existsSync(file.metaFile)) return { problems: [{ file: shown, path: '(root)', message: 'is missing: every article needs its metadata beside the text' }] };
  const { value, problems } = parseJson(shown, readFileSync(file.metaFile, 'utf8'));
  if (problems.length) return { problems };
  const parsed = ArticleMetaSchema.safeParse(value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({
        file: shown,
        path: formatPath(i.path),
        // zod words a missing field as a type error; say what a curator needs to hear.
        message: i.code === 'invalid_type' && /received undefined/.test(i.message) ? 'is missing (required)' : i.message,
      })),
    };
  }
  if (parsed.data.id !== undefined && parsed.data.id !== file.id) {
    return { problems: [{ file: shown, path: 'id', message: `says "${parsed.data.id}" but the file is named for "${file.id}"` }] };
  }
  const { id: _ignored, ...meta } = parsed.data;
  return { article: { id: file.id, ...meta }, problems: [] };
}

/** Full validation of a graph file on disk against the article texts in data/articles. */
export function validateGraphFile(graphFile = GRAPH_FILE, articlesDir = ARTICLES_DIR): ValidationResult {
  const shown = displayPath(graphFile);
  if (!existsSync(graphFile)) return { problems: [{ file: shown, path: '(root)', message: 'does not exist' }] };
  const { value, problems } = parseJson(shown, readFileSync(graphFile, 'utf8'));
  if (problems.length) return { problems };
  const texts = new Map<string, string | undefined>();
  const textOf = (id: string) => {
    if (!texts.has(id)) {
      const file = join(articlesDir, `${id}.txt`);
      texts.set(id, existsSync(file) ? readUtf8(file) : undefined);
    }
    return texts.get(id);
  };
  return validateGraph(shown, value, textOf);
}
