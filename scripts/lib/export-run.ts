/**
 * The CLI side of export: reads a data file as the app does (validated, texts and layout
 * beside it), applies a deep link's query through the app's URL module, and writes the files
 * of src/export/formats.ts — the same code the export menu runs.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../../src/model/validate';
import type { Graph } from '../../src/model/schema';
import { checkLayoutFile, layoutFilePath } from '../../src/layout/layoutFile';
import { layoutInput } from '../../src/layout/computeLayout';
import { runLayout, type Positions } from '../../src/layout/runLayout';
import { cleanDataFile, describeIgnored, parseQuery } from '../../src/url/urlState';
import { viewFromQuery } from '../../src/export/selection';
import { exportFiles, FORMATS, type ExportedFile, type Format } from '../../src/export/formats';
import { displayPath, ROOT, validateGraphFile, writeFileAtomic } from './data-files';

export interface ExportArgs {
  format: string;
  /** A file, or for csv a folder (created when missing). Absent: standard output (not for csv). */
  out?: string;
  /** The data file; absent, the view's `data=` or the seed. */
  data?: string;
  /** A deep link's query: `country=by&from=2024` (a leading ? or a whole URL also work). */
  view?: string;
}

export interface ExportOutcome {
  files: ExportedFile[];
  /** Where each was written; empty when written to standard output. */
  written: string[];
  /** One line per part of the view that was ignored, as the app's notice lists them. */
  warnings: string[];
  summary: string;
}

export class ExportError extends Error {}

function queryOf(view: string | undefined): string {
  if (!view) return '';
  const q = view.includes('?') ? view.slice(view.indexOf('?')) : view;
  return q.replace(/#.*$/, '');
}

function readTexts(graph: Graph, articlesDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const a of graph.articles) {
    if (a.text !== undefined) texts.set(a.id, a.text);
    else {
      const file = join(articlesDir, `${a.id}.txt`);
      if (existsSync(file)) texts.set(a.id, readFileSync(file, 'utf8'));
    }
  }
  return texts;
}

/** The layout file beside the data when it matches, else the same deterministic layout computed here. */
function layoutOf(dataFile: string, graph: Graph): Positions {
  const file = layoutFilePath(dataFile);
  if (existsSync(file)) {
    try {
      const cached = checkLayoutFile(JSON.parse(readFileSync(file, 'utf8')), graph);
      if ('positions' in cached) return cached.positions;
    } catch {
      // A broken layout file is not worth stopping for: the layout is recomputed, as the app does.
    }
  }
  return runLayout(layoutInput(graph));
}

export function runExport(args: ExportArgs, write: (text: string) => void = (t) => process.stdout.write(t)): ExportOutcome {
  if (!(FORMATS as readonly string[]).includes(args.format)) throw new ExportError(`--format must be one of ${FORMATS.join(', ')} (got "${args.format}").`);
  const format = args.format as Format;
  const query = queryOf(args.view);
  const warnings: string[] = [];
  let dataPath = args.data;
  if (!dataPath) {
    const { dataFile, ignored } = cleanDataFile(parseQuery(query).state);
    warnings.push(...ignored.map(describeIgnored));
    dataPath = join(ROOT, dataFile);
  }
  const dataFile = resolve(dataPath);
  const { graph, problems } = validateGraphFile(dataFile, join(dirname(dataFile), 'articles'));
  if (!graph) throw new ExportError(`${displayPath(dataFile)} cannot be exported:\n${problems.slice(0, 20).map(formatProblem).join('\n')}`);

  const { view, ignored } = viewFromQuery(query, graph);
  // data= was handled above; the app reads it before the rest of the view, too.
  warnings.push(...ignored.filter((i) => i.param !== 'data').map(describeIgnored));
  const shownData = displayPath(dataFile).split('\\').join('/');
  const files = exportFiles(format, { graph, texts: readTexts(graph, join(dirname(dataFile), 'articles')), view, layout: layoutOf(dataFile, graph), dataFile: shownData });

  const written: string[] = [];
  if (format === 'csv') {
    if (!args.out) throw new ExportError('--out is needed for csv: the folder to write entities.csv, relations.csv and evidence.csv into.');
    const dir = resolve(args.out);
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new ExportError(`--out ${args.out} is a file; csv needs a folder.`);
    mkdirSync(dir, { recursive: true });
    for (const f of files) {
      writeFileAtomic(join(dir, f.name), f.content);
      written.push(join(dir, f.name));
    }
  } else if (args.out) {
    const file = resolve(args.out);
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, files[0].content);
    written.push(file);
  } else {
    write(files[0].content);
  }
  const rows = format === 'csv' ? ` (${files.map((f) => `${f.name}: ${f.content.split('\r\n').length - 2} rows`).join(', ')})` : '';
  return { files, written, warnings, summary: `${format}${rows}` };
}
