/**
 * Node-side file I/O for the data folder, shared by the CLIs (validate, extract, generate).
 * The model and the extractor stay free of Node imports; this is the only place that
 * knows where files live.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleMetaSchema, type Article } from '../../src/model/schema';
import { formatPath, parseJson, validateGraph, type Problem, type ValidationResult } from '../../src/model/validate';
import { decodeDataText } from '../../src/model/decode';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = join(ROOT, 'data');
export const ARTICLES_DIR = join(DATA_DIR, 'articles');
export const GRAPH_FILE = join(DATA_DIR, 'graph.json');

/** Paths in messages are relative to the project root, as a user types them. */
export const displayPath = (file: string) => {
  const rel = relative(process.cwd(), file);
  return !rel || rel.startsWith('..') ? file : rel;
};

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

/**
 * The data folder the CLIs work on: `--data-dir DIR` (or `--data-dir=DIR`), else ENTENTE_DATA_DIR,
 * else data/. Returns the other arguments untouched.
 */
export function dataDirFromArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { dataDir: string; rest: string[] } {
  let dataDir = env.ENTENTE_DATA_DIR ? resolve(env.ENTENTE_DATA_DIR) : DATA_DIR;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data-dir') dataDir = resolve(args[++i] ?? '');
    else if (args[i].startsWith('--data-dir=')) dataDir = resolve(args[i].slice('--data-dir='.length));
    else if (args[i] !== '--') rest.push(args[i]);
  }
  return { dataDir, rest };
}

/** Whether the command names a data folder (--data-dir or ENTENTE_DATA_DIR) rather than working on every data set of data/index.json. */
export function namesDataDir(args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.ENTENTE_DATA_DIR || args.some((a) => a === '--data-dir' || a.startsWith('--data-dir='));
}

/** A data file's text, read exactly as the app reads it (decodeDataText), or why it cannot be. */
export function readDataFile(file: string): { text?: string; problem?: string } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { problem: 'does not exist' };
  }
  if (stat.isDirectory()) return { problem: 'is a folder, not a file (to check a data folder, use --data-dir)' };
  try {
    return { text: decodeDataText(readFileSync(file)) };
  } catch (err) {
    return { problem: `cannot be read: ${(err as Error).message}` };
  }
}

/**
 * Full validation of a graph file on disk, as the app does it: the article texts it cites are
 * read from the articles folder beside it (<graph dir>/articles, articleTextPath in the app).
 */
export function validateGraphFile(graphFile = GRAPH_FILE, articlesDir = join(dirname(graphFile), 'articles')): ValidationResult {
  const shown = displayPath(graphFile);
  const read = readDataFile(graphFile);
  if (read.text === undefined) return { problems: [{ file: shown, path: '(root)', message: read.problem ?? 'cannot be read' }] };
  const { value, problems } = parseJson(shown, read.text);
  if (problems.length) return { problems };
  const texts = new Map<string, string | undefined>();
  const textOf = (id: string) => {
    if (!texts.has(id)) texts.set(id, readDataFile(join(articlesDir, `${id}.txt`)).text);
    return texts.get(id);
  };
  return validateGraph(shown, value, textOf);
}
