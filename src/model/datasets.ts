/**
 * The list of data sets the app offers: data/index.json (hand-kept; `npm run extract` keeps
 * the article counts true) and, when `npm run generate` made some, data/generated/index.json.
 * Zod-free on purpose: the header's picker reads it, and the page's code stays free of the
 * validator until a data file needs it.
 */
import type { Problem } from './validate';

export interface Dataset {
  /** The graph file, as the `data=` link parameter names it (data/…/*.json). */
  file: string;
  title: string;
  /** One line: what the data set is. */
  description: string;
  articles: number;
}

export interface DatasetIndex {
  version: 1;
  datasets: Dataset[];
}

export const DATA_FILE_PATTERN = /^data\/(?:[\w.-]+\/)*[\w.-]+\.json$/;

/** Checks a parsed index; every problem names its field, and the valid entries are kept. */
export function checkDatasetIndex(file: string, value: unknown): { index?: DatasetIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const v = value as { version?: unknown; datasets?: unknown } | null;
  if (!v || typeof v !== 'object') return { problems: [{ file, path: '(root)', message: 'must be an object with "version" and "datasets"' }] };
  if (v.version !== 1) problems.push({ file, path: 'version', message: 'must be 1' });
  if (!Array.isArray(v.datasets)) return { problems: [...problems, { file, path: 'datasets', message: 'must be a list' }] };
  const seen = new Set<string>();
  const valid: Dataset[] = [];
  v.datasets.forEach((d: Record<string, unknown> | null, i) => {
    const at = `datasets[${i}]`;
    if (!d || typeof d !== 'object') return problems.push({ file, path: at, message: 'must be an object' });
    const before = problems.length;
    if (typeof d.file !== 'string' || !DATA_FILE_PATTERN.test(d.file) || d.file.split('/').includes('..')) problems.push({ file, path: `${at}.file`, message: 'must be a .json file under data/' });
    else if (seen.has(d.file)) problems.push({ file, path: `${at}.file`, message: `"${d.file}" is listed twice` });
    else seen.add(d.file);
    for (const key of ['title', 'description'] as const) if (typeof d[key] !== 'string' || !d[key]) problems.push({ file, path: `${at}.${key}`, message: 'must be a non-empty string' });
    if (!Number.isInteger(d.articles) || (d.articles as number) < 0) problems.push({ file, path: `${at}.articles`, message: 'must be a whole number' });
    for (const key of Object.keys(d)) if (!['file', 'title', 'description', 'articles'].includes(key)) problems.push({ file, path: `${at}.${key}`, message: 'is not a field of a data set' });
    if (problems.length === before) valid.push(d as unknown as Dataset);
  });
  // The entries that are right stay usable (the picker offers them); the CLIs refuse any problem.
  return { index: { version: 1, datasets: valid }, problems };
}

export function parseDatasetIndex(file: string, text: string): { index?: DatasetIndex; problems: Problem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problems: [{ file, path: '(root)', message: `is not valid JSON: ${(err as Error).message}` }] };
  }
  return checkDatasetIndex(file, value);
}
