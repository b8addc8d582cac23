/**
 * The extract command as a function: reads every article of a data folder, checks the
 * input, extracts, applies curation, validates and writes graph.json atomically. Nothing
 * is written unless every step succeeded, so a bad article leaves graph.json as it was.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractArticle, type Extraction } from '../../src/extract/extract';
import { applyCuration, parseCuration, type CurationReport } from '../../src/extract/curation';
import { buildGraph, summariesNamedAsEntities } from '../../src/extract/graph';
import { mergeClaims, type ClaimDirectives, type ClaimMergeReport } from '../../src/extract/claims';
import { decidedApart, distinctPairs, resolveEntities } from '../../src/extract/entityMerge';
import type { Article } from '../../src/model/schema';
import { formatProblem, parseJson, validateGraph, type Problem } from '../../src/model/validate';
import { displayPath, readArticleMeta, type ArticleFile } from './data-files';
import { layoutFilePath, layoutJson } from './layout-files';
import { withDataLock } from './dataLock';
import { writeFilesAtomic } from './writeFileAtomic';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface RunOptions {
  dataDir: string;
  /** Articles to report on (all when empty); the graph is always rebuilt from every article. */
  ids: string[];
  log: (line: string) => void;
  error: (line: string) => void;
  /** How long to wait for another writer of the data folder (default 10 minutes). */
  lockTimeoutMs?: number;
}

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'said', 'was', 'as', 'by', 'has', 'its', 'at', 'from', 'his', 'her', 'it', 'an', 'be', 'have', 'will']);

/** Why a text cannot be extracted, or undefined when it can. */
export function checkArticleText(file: string, bytes: Buffer): { text?: string; problem?: Problem } {
  const shown = displayPath(file);
  const fail = (message: string) => ({ problem: { file: shown, path: '(text)', message } });
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; articles over 10 MB are refused (is this really one news article?)`);
  if (bytes.length === 0) return fail('is empty');
  if (bytes.includes(0)) return fail('looks binary (it contains NUL bytes); an article must be plain UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not valid UTF-8; save the article as UTF-8 text');
  }
  if (!text.trim()) return fail('is empty (only whitespace)');
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: they mark a binary file
  const control = (text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (control > text.length * 0.01) return fail('looks binary (control characters); an article must be plain text');
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((ch) => /[A-Za-z\u00C0-\u024F]/.test(ch)).length;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (letters.length && (latin / letters.length < 0.8 || (words.length >= 20 && english / words.length < 0.08))) {
    return fail('does not look like English; the extractor reads English only');
  }
  return { text };
}

interface Loaded {
  article: Omit<Article, 'text'>;
  text: string;
}

function listArticles(dir: string): { files: ArticleFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { files: [], problems: [{ file: displayPath(dir), path: '(folder)', message: 'does not exist' }] };
  const names = readdirSync(dir);
  const files: ArticleFile[] = [];
  const seen = new Map<string, string>();
  for (const name of names.filter((f) => f.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    const file = join(dir, name);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file: displayPath(file), path: '(name)', message: `"${id}" is not a valid article id: use lower-case letters, digits and single hyphens` });
      continue;
    }
    files.push({ id, textFile: file, metaFile: join(dir, `${id}.json`) });
    seen.set(id, file);
  }
  for (const name of names.filter((f) => f.endsWith('.json')).sort()) {
    const id = name.slice(0, -5);
    if (!seen.has(id) && !names.includes(`${id}.txt`)) problems.push({ file: displayPath(join(dir, name)), path: '(name)', message: `has no article text beside it (${id}.txt is missing)` });
  }
  // An id claimed by the metadata of another file is the same article id used twice.
  for (const f of files) {
    if (!existsSync(f.metaFile)) continue;
    try {
      const meta = JSON.parse(readFileSync(f.metaFile, 'utf8')) as { id?: unknown };
      if (typeof meta.id === 'string' && meta.id !== f.id && seen.has(meta.id)) {
        problems.push({ file: displayPath(f.metaFile), path: 'id', message: `article id "${meta.id}" is used twice: it is also ${displayPath(seen.get(meta.id)!)}` });
      }
    } catch {
      /* reported by readArticleMeta */
    }
  }
  return { files, problems };
}

/**
 * What the graph is built from, as it stands on disk: every file in the articles folder and the
 * curation file, with size and modification time. Taken before reading and again before writing.
 */
export function inputFingerprint(dataDir: string): string {
  const articlesDir = join(dataDir, 'articles');
  const entries = (existsSync(articlesDir) ? readdirSync(articlesDir).sort() : []).map((name) => join(articlesDir, name));
  return [...entries, join(dataDir, 'curation.json')]
    .map((file) => {
      try {
        const s = statSync(file);
        return `${file}\t${s.size}\t${s.mtimeMs}`;
      } catch {
        return `${file}\t-`;
      }
    })
    .join('\n');
}

/**
 * Holds the data folder's lock from the first read to the last write, so two runs cannot
 * interleave; a run that started first writes first, the other then rebuilds from what is there.
 */
export function runExtract(opts: RunOptions): number {
  try {
    return withDataLock(opts.dataDir, 'npm run extract', (lock) => {
      for (const file of lock.removedTempFiles) opts.log(`removed ${displayPath(file)}, left by a write that was interrupted`);
      return extractLocked(opts);
    }, { timeoutMs: opts.lockTimeoutMs, onWait: opts.log });
  } catch (err) {
    opts.error(`✗ ${(err as Error).message}`);
    return 1;
  }
}

/** The extraction itself, for a caller that already holds the data folder's lock (the local API server, which writes an input and extracts under one hold). */
export function extractLocked(opts: RunOptions): number {
  const before = inputFingerprint(opts.dataDir);
  const articlesDir = join(opts.dataDir, 'articles');
  const graphFile = join(opts.dataDir, 'graph.json');
  const curationFile = join(opts.dataDir, 'curation.json');
  const { files, problems } = listArticles(articlesDir);
  const unknown = opts.ids.filter((id) => !files.some((f) => f.id === id));
  for (const id of unknown) problems.push({ file: displayPath(join(articlesDir, `${id}.txt`)), path: '(name)', message: 'no such article' });
  if (new Set(opts.ids).size !== opts.ids.length) problems.push({ file: '(command line)', path: 'ids', message: 'an article id is named twice' });

  const loaded: Loaded[] = [];
  for (const f of files) {
    const meta = readArticleMeta(f);
    problems.push(...meta.problems);
    let bytes: Buffer;
    try {
      const size = statSync(f.textFile).size;
      if (size > MAX_ARTICLE_BYTES) {
        problems.push({ file: displayPath(f.textFile), path: '(text)', message: `is ${(size / 1024 / 1024).toFixed(1)} MB; articles over 10 MB are refused (is this really one news article?)` });
        continue;
      }
      bytes = readFileSync(f.textFile);
    } catch (err) {
      problems.push({ file: displayPath(f.textFile), path: '(text)', message: `cannot be read: ${(err as Error).message}` });
      continue;
    }
    const checked = checkArticleText(f.textFile, bytes);
    if (checked.problem) problems.push(checked.problem);
    if (meta.article && meta.article.language.split('-')[0] !== 'en') {
      problems.push({ file: displayPath(f.metaFile), path: 'language', message: `is "${meta.article.language}"; the extractor reads English ("en") only` });
      continue;
    }
    if (meta.article && checked.text !== undefined) loaded.push({ article: meta.article, text: checked.text });
  }
  if (!files.length && !problems.length) problems.push({ file: displayPath(articlesDir), path: '(folder)', message: 'holds no articles (<id>.txt with <id>.json beside it)' });
  if (problems.length) return fail(opts, problems, graphFile);

  const extractions: Extraction[] = [];
  for (const { article, text } of loaded) {
    const x = extractArticle(article, text);
    extractions.push(x);
    if (!opts.ids.length || opts.ids.includes(article.id)) printReport(opts, x);
  }
  const extracted = buildGraph(
    loaded.map((l) => l.article),
    extractions,
  );
  const texts = new Map(loaded.map((l) => [l.article.id, l.text]));
  // Across articles: one entity per person or body (before curation, which names the merged ids).
  const resolved = resolveEntities(extracted.entities, extracted.relations);
  let graph = { ...extracted, entities: resolved.entities, relations: resolved.relations };
  let claimDirectives: ClaimDirectives = {};
  let curationEntries: ReadonlyArray<{ id: string; distinct?: string[] }> = [];
  if (existsSync(curationFile)) {
    const { value, problems: jsonProblems } = parseJson(displayPath(curationFile), readFileSync(curationFile, 'utf8'));
    if (jsonProblems.length) return fail(opts, jsonProblems, graphFile);
    const { curation, problems: cProblems } = parseCuration(displayPath(curationFile), value);
    if (!curation) return fail(opts, cProblems, graphFile);
    const curated = applyCuration(displayPath(curationFile), curation, graph, (id) => texts.get(id));
    printCuration(opts, curated.report);
    if (curated.report.problems.length) return fail(opts, curated.report.problems, graphFile);
    graph = { ...graph, entities: curated.entities, relations: curated.relations };
    claimDirectives = curation.claims ?? {};
    curationEntries = curation.entities;
  }
  // Summaries read as the nodes they point at, whichever article's spelling they were written in.
  graph = { ...graph, relations: summariesNamedAsEntities(graph.relations, graph.entities) };
  // Possible merges a curator has already decided (merged, or said to be distinct, in curation.json) are not listed again.
  const present = new Set(graph.entities.map((e) => e.id));
  const apart = distinctPairs(curationEntries);
  printEntityResolution(opts, { ...resolved, possible: resolved.possible.filter((p) => p.ids.every((id) => present.has(id)) && !decidedApart(p.ids, apart)) });
  // Across articles: mentions of the same claim become one relation (after curation, whose edits match each mention's id).
  const claims = mergeClaims(graph.relations, graph.articles, claimDirectives);
  printClaims(opts, claims.report, graph.relations.length, claims.relations.length, displayPath(curationFile));
  graph = { ...graph, relations: claims.relations };
  graph = keepPreviousOrder(graph, graphFile);
  const result = validateGraph(displayPath(graphFile), JSON.parse(JSON.stringify(graph)), (id) => texts.get(id));
  if (!result.graph) return fail(opts, result.problems, graphFile);
  // The articles folder is not ours alone: someone may have removed or edited an article while
  // this run read it. Writing then would cite what is no longer there.
  if (inputFingerprint(opts.dataDir) !== before) {
    return fail(opts, [{ file: displayPath(articlesDir), path: '(folder)', message: 'changed while the extraction ran; run npm run extract again' }], graphFile);
  }
  try {
    // The app draws the first view from these positions; without them it would lay out the graph
    // itself. Both are written, then both renamed: never a new graph beside a half-written layout.
    const graphJson = `${JSON.stringify(graph, null, 2)}\n`;
    writeFilesAtomic([
      { file: layoutFilePath(graphFile), content: layoutJson(result.graph, graphJson) },
      { file: graphFile, content: graphJson },
    ]);
  } catch (err) {
    return fail(opts, [{ file: displayPath(graphFile), path: '(file)', message: `could not be written: ${(err as Error).message}` }], graphFile);
  }
  const origins = countBy(graph.relations.map((r) => r.origin ?? 'manual'));
  opts.log(`\nwrote ${displayPath(graphFile)}: ${graph.articles.length} article${graph.articles.length === 1 ? '' : 's'}, ${graph.entities.length} entities, ${graph.relations.length} relations (${Object.entries(origins).map(([k, v]) => `${v} ${k}`).join(', ')}); every quote matches its offsets`);
  return 0;
}

/**
 * Entities and relations already in graph.json keep their place; new ones follow in
 * extraction order. Re-running extraction then changes only what changed, and the app's
 * deterministic layout (which depends on element order) stays put for existing views.
 */
function keepPreviousOrder<T extends { entities: Array<{ id: string }>; relations: Array<{ id: string }> }>(graph: T, graphFile: string): T {
  let previous: { entities?: Array<{ id?: unknown }>; relations?: Array<{ id?: unknown }> };
  try {
    previous = JSON.parse(readFileSync(graphFile, 'utf8'));
  } catch {
    return graph;
  }
  const order = (list: Array<{ id: string }>, before?: Array<{ id?: unknown }>) => {
    const rank = new Map((Array.isArray(before) ? before : []).map((x, i) => [x?.id, i]));
    return list
      .map((x, i) => ({ x, key: rank.has(x.id) ? rank.get(x.id)! : Number.MAX_SAFE_INTEGER, i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map((e) => e.x);
  };
  return { ...graph, entities: order(graph.entities, previous.entities), relations: order(graph.relations, previous.relations) };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function fail(opts: RunOptions, problems: Problem[], graphFile: string): number {
  for (const p of problems) opts.error(`✗ ${formatProblem(p)}`);
  opts.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}; ${displayPath(graphFile)} was not changed.`);
  return 1;
}

function printReport(opts: RunOptions, x: Extraction): void {
  const r = x.report;
  const kinds = Object.entries(r.byKind).map(([k, v]) => `${k} ${v}`).join(', ');
  const statuses = Object.entries(r.byStatus).map(([k, v]) => `${k} ${v}`).join(', ');
  opts.log(`\n── ${r.article}`);
  opts.log(`   entities   ${r.entities}: ${x.entities.map((e) => e.name).join(', ')}`);
  opts.log(`   relations  ${r.relations}: ${kinds || 'none'}  |  ${statuses || '-'}`);
  for (const rel of x.relations) {
    const when = rel.date ? ` @ ${typeof rel.date === 'string' ? rel.date : `${rel.date.start}…${rel.date.end}`}` : '';
    opts.log(`     ${rel.kind.padEnd(11)} ${rel.status.padEnd(9)} ${rel.participants.join(' + ')}${when}`);
  }
  if (r.dates.length) opts.log(`   dates      ${[...new Map(r.dates.map((d) => [`${d.text}→${d.value}`, d])).values()].map((d) => `"${d.text}" → ${d.value}`).join('; ')}`);
  if (r.ignored.length) opts.log(`   ignored    ${r.ignored.map((i) => `${i.zone}: "${i.text.slice(0, 40)}${i.text.length > 40 ? '…' : ''}"`).join('; ')}`);
  for (const u of r.unsure) opts.log(`   unsure     ${u}`);
}

function printEntityResolution(opts: RunOptions, r: ReturnType<typeof resolveEntities>): void {
  opts.log(`\n── entities across articles: ${r.merged.length} merged`);
  for (const m of r.merged) opts.log(`   merged     ${m.from.join(', ')} → ${m.id}`);
  if (r.possible.length) opts.log(`   ${r.possible.length} possible merge${r.possible.length === 1 ? '' : 's'} left to a curator (curation.json entities[].merge if they are one):`);
  for (const p of r.possible) opts.log(`   possible   ${p.names.map((name, i) => `${name} (${p.ids[i]})`).join(' / ')}: ${p.reason}`);
}

function printClaims(opts: RunOptions, report: ClaimMergeReport, mentions: number, claims: number, curationFile: string): void {
  opts.log(`\n── claims: ${mentions} mentions → ${claims} claims (${report.merged.length} backed by two or more mentions, ${report.multiArticle} by two or more articles)`);
  for (const m of report.merged) opts.log(`   merged     ${m.id} ← ${m.from.join(', ')}`);
  for (const id of report.unmatched) opts.log(`   ⚠ unmatched ${curationFile}: claims: no relation "${id}"; review this entry`);
}

function printCuration(opts: RunOptions, report: CurationReport): void {
  opts.log(`\n── curation: ${report.applied.length} entr${report.applied.length === 1 ? 'y' : 'ies'} applied`);
  for (const u of report.unmatched) opts.log(`   ⚠ unmatched ${u}`);
  if (report.unmatched.length) opts.log(`   ${report.unmatched.length} curation entr${report.unmatched.length === 1 ? 'y no longer matches' : 'ies no longer match'}: kept in the file, please review.`);
}

export const articleIdOf = (file: string) => basename(file).replace(/\.(txt|json)$/, '');
