/**
 * What the local API server reads and writes in the data folder, through the modules the CLIs
 * use: the data set index (scripts/lib/datasets), the article files and their checks
 * (scripts/lib/data-files, extract-run), the curation schema (src/extract/curation), the lock
 * and atomic writes. Every write holds the data set's lock from its first read to its last
 * write and re-extracts the graph under the same hold; when the extraction fails, what was
 * written is put back as it was, so a refused request leaves nothing behind.
 *
 * No path here comes from a request: a data set is one listed in data/index.json, an article
 * id is a slug, and every file name is built from those.
 */
import type { NewArticleRequest } from '../../src/model/newArticle';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDatasetIndex, type Dataset } from '../../src/model/datasets';
import { ArticleMetaSchema } from '../../src/model/schema';
import { formatProblem } from '../../src/model/validate';
import { parseCuration, RelationEditSchema } from '../../src/extract/curation';
import { recordDecision, sameDecisions, type RawCuration } from '../../src/extract/curationDecisions';
import { listArticleFiles, readArticleMeta } from '../lib/data-files';
import { checkArticleText, extractLocked, MAX_ARTICLE_BYTES } from '../lib/extract-run';
import { updateArticleCounts } from '../lib/datasets';
import { writeFileAtomic, writeFilesAtomic } from '../lib/writeFileAtomic';
import { withDataLockAsync } from './lockAsync';

const COMMAND = 'npm start (local API server)';

/** An answer: the HTTP status and its JSON body. Refusals carry one sentence in `error`. */
export interface Outcome {
  status: number;
  body: Record<string, unknown>;
}

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}): Outcome => ({ status, body: { error, ...extra } });

export interface EditableDataset extends Dataset {
  /** Whether the set is built from articles here, so articles and decisions can be added. */
  editable: boolean;
}

export class DataStore {
  /** Curation files this server has read or written, by version: a decision names the one it was made on. */
  private readonly seen = new Map<string, RawCuration>();

  constructor(readonly dataRoot: string) {}

  private get indexFile() {
    return join(this.dataRoot, 'index.json');
  }

  /** The folder of a data set's graph file (`data/sample/graph.json` → <root>/sample). */
  private dirOf(file: string): string {
    return join(this.dataRoot, ...dirname(file).split('/').slice(1));
  }

  datasets(): EditableDataset[] {
    if (!existsSync(this.indexFile)) return [];
    const { index } = parseDatasetIndex('data/index.json', readFileSync(this.indexFile, 'utf8'));
    return (index?.datasets ?? []).map((d) => ({ ...d, editable: d.file.endsWith('/graph.json') && existsSync(join(this.dirOf(d.file), 'articles')) }));
  }

  /** The folder of an editable data set named by its graph file, or undefined when there is none. */
  private editableDir(file: string): string | undefined {
    const found = this.datasets().find((d) => d.file === file);
    return found?.editable ? this.dirOf(found.file) : undefined;
  }

  private readCuration(dir: string): { version: string; raw: RawCuration; bytes?: Buffer } {
    const file = join(dir, 'curation.json');
    if (!existsSync(file)) return { version: 'none', raw: { version: 1 } };
    const bytes = readFileSync(file);
    const version = `sha256-${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}`;
    const raw = JSON.parse(bytes.toString('utf8')) as RawCuration;
    this.remember(version, raw);
    return { version, raw, bytes };
  }

  private remember(version: string, raw: RawCuration): void {
    this.seen.delete(version);
    this.seen.set(version, raw);
    // Enough for the decisions of every open tab; older versions are refused as out of date.
    if (this.seen.size > 200) this.seen.delete(this.seen.keys().next().value!);
  }

  curation(dataset: string): Outcome {
    const dir = this.editableDir(dataset);
    if (!dir) return refuse(404, `There is no editable data set "${dataset}".`);
    try {
      const { version, raw } = this.readCuration(dir);
      return { status: 200, body: { dataset, version, curation: raw } };
    } catch (err) {
      return refuse(500, `curation.json cannot be read: ${(err as Error).message}`);
    }
  }

  /** Replaces the whole curation file, when `version` is the one on disk. */
  replaceCuration(dataset: string, version: string, curation: unknown): Promise<Outcome> {
    const dir = this.editableDir(dataset);
    if (!dir) return Promise.resolve(refuse(404, `There is no editable data set "${dataset}".`));
    const { problems } = parseCuration('curation.json', curation);
    if (problems.length) return Promise.resolve(refuse(400, `This curation is not valid: ${formatProblem(problems[0])}`, { problems: problems.map(formatProblem) }));
    return withDataLockAsync(dir, COMMAND, () => {
      const current = this.readCuration(dir);
      if (current.version !== version) return refuse(409, 'curation.json has changed since this page read it; reload to see the latest decisions.', { version: current.version });
      return this.writeCurationAndExtract(dir, dataset, current.bytes, curation as RawCuration);
    });
  }

  /**
   * Records one decision about one relation. Made on an older version of the file, it is still
   * recorded when nobody decided about the same relation since (two tabs deciding about
   * different relations both keep their decisions); otherwise it is refused with 409.
   */
  decide(dataset: string, version: string, decision: unknown): Promise<Outcome> {
    const dir = this.editableDir(dataset);
    if (!dir) return Promise.resolve(refuse(404, `There is no editable data set "${dataset}".`));
    const parsed = RelationEditSchema.safeParse(decision);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.resolve(refuse(400, `This decision is not valid: ${issue.path.join('.') || '(decision)'} ${issue.message}`));
    }
    return withDataLockAsync(dir, COMMAND, () => {
      const current = this.readCuration(dir);
      const seen = version === current.version ? current.raw : this.seen.get(version);
      if (!seen || !sameDecisions(seen, current.raw, parsed.data.match)) {
        return refuse(409, 'This relation was decided elsewhere since this page read it (or the file changed); reload to see the latest decisions.', { version: current.version });
      }
      return this.writeCurationAndExtract(dir, dataset, current.bytes, recordDecision(current.raw, parsed.data));
    });
  }

  /** Called holding the lock: writes curation.json, re-extracts, and puts the old file back when extraction refuses it. */
  private writeCurationAndExtract(dir: string, dataset: string, before: Buffer | undefined, next: RawCuration): Outcome {
    const { problems } = parseCuration('curation.json', next);
    if (problems.length) return refuse(400, `The curation would not be valid: ${formatProblem(problems[0])}`);
    const file = join(dir, 'curation.json');
    writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    const run = this.extract(dir, []);
    if (run.code !== 0) {
      if (before) writeFileAtomic(file, before);
      else unlinkSync(file);
      return refuse(422, 'The graph cannot be built with this decision; nothing was saved.', { problems: run.errors });
    }
    const { version } = this.readCuration(dir);
    return { status: 200, body: { dataset, version, report: run.log } };
  }

  private extract(dir: string, ids: string[]): { code: number; log: string[]; errors: string[] } {
    const log: string[] = [];
    const errors: string[] = [];
    const code = extractLocked({ dataDir: dir, ids, log: (l) => log.push(l), error: (l) => errors.push(l) });
    return { code, log, errors: errors.filter((l) => l.trim()) };
  }

  /**
   * Adds an article (text and metadata) to a data set and rebuilds its graph. Refused, with
   * nothing written: a text that is empty, too big, not English or not text; metadata the data
   * contract rejects; the same id, URL or text as an article already there; a text the
   * extractor cannot build a valid graph with.
   */
  async addArticle(input: NewArticle): Promise<Outcome> {
    const dir = this.editableDir(input.dataset);
    if (!dir) return refuse(404, `There is no editable data set "${input.dataset}".`);
    const bytes = Buffer.from(input.text, 'utf8');
    if (bytes.length > MAX_ARTICLE_BYTES) return refuse(413, `The text is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; articles over 10 MB are refused.`);
    const checked = checkArticleText('the text', bytes);
    if (checked.problem) return refuse(400, `The text ${checked.problem.message}.`);
    const meta = { title: input.title.trim(), publisher: input.publisher.trim(), ...(input.agency?.trim() ? { agency: input.agency.trim() } : {}), url: input.url, published: input.published, language: input.language ?? 'en' };
    const parsed = ArticleMetaSchema.safeParse(meta);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(400, `The ${issue.path.join('.')} ${issue.message}.`);
    }
    const id = input.id ?? articleIdFor(meta.title, meta.published);
    if (!id) return refuse(400, 'The title has no letters or digits to make an article id from; give an id.');
    const outcome = await withDataLockAsync(dir, COMMAND, (): Outcome => {
      const articlesDir = join(dir, 'articles');
      const duplicate = this.duplicateOf(articlesDir, id, meta.url, checked.text!);
      if (duplicate) return refuse(409, duplicate);
      const files = { text: join(articlesDir, `${id}.txt`), meta: join(articlesDir, `${id}.json`) };
      // The metadata is renamed into place first: the extractor never sees a text without it.
      writeFilesAtomic([
        { file: files.meta, content: `${JSON.stringify(meta, null, 2)}\n` },
        { file: files.text, content: bytes },
      ]);
      const run = this.extract(dir, [id]);
      if (run.code !== 0) {
        unlinkSync(files.text);
        unlinkSync(files.meta);
        return refuse(422, 'The graph cannot be built with this article; nothing was saved.', { problems: run.errors });
      }
      return { status: 201, body: { dataset: input.dataset, id, report: run.log } };
    });
    if (outcome.status === 201) {
      const count = listArticleFiles(join(dir, 'articles')).length;
      // data/index.json keeps the count true, as `npm run extract` does; it is the root folder's file, under the root folder's lock.
      await withDataLockAsync(this.dataRoot, COMMAND, () => updateArticleCounts(new Map([[input.dataset, count]]), this.indexFile));
    }
    return outcome;
  }

  private duplicateOf(articlesDir: string, id: string, url: string, text: string): string | undefined {
    const normalized = text.trim().replace(/\s+/g, ' ');
    for (const file of listArticleFiles(articlesDir)) {
      if (file.id === id) return `An article with the id "${id}" is already in this data set; give another id.`;
      const { article } = readArticleMeta(file);
      if (article?.url === url) return `"${article.title}" (${file.id}) already has this URL.`;
      const other = readFileSync(file.textFile, 'utf8');
      if (other.trim().replace(/\s+/g, ' ') === normalized) return `This text is already in the data set as ${file.id}.`;
    }
    return undefined;
  }
}

export type NewArticle = NewArticleRequest;

/** A readable id from the headline and date: "NK's top diplomat vows…" on 2024-07-24 → "nks-top-diplomat-vows-2024-07-24". */
export function articleIdFor(title: string, published: string): string | undefined {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 6);
  return words.length ? `${words.join('-')}-${published}` : undefined;
}
