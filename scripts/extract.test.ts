/**
 * The extract CLI against throwaway data folders: a good run writes graph.json; every kind
 * of bad input gets a message naming the file, a non-zero exit, and graph.json unchanged
 * byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './lib/data-files';
import { createHash } from 'node:crypto';
import { checkLayoutFile, layoutSource } from '../src/layout/layoutFile';

const SEED = 'nk-belarus-2024-07-24';
const META = { title: 'A title', publisher: 'A publisher', url: 'https://example.org/a', published: '2024-07-24', language: 'en' };
const GRAPH_BEFORE = '{"version":1,"articles":[],"entities":[],"relations":[]}\n';
const dirs: string[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'articles'));
  copyFileSync(join(ROOT, 'data', 'articles', `${SEED}.txt`), join(dir, 'articles', `${SEED}.txt`));
  copyFileSync(join(ROOT, 'data', 'articles', `${SEED}.json`), join(dir, 'articles', `${SEED}.json`));
  writeFileSync(join(dir, 'graph.json'), GRAPH_BEFORE);
  return dir;
}

function extract(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ENTENTE_DATA_DIR: dir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr, graph: readFileSync(join(dir, 'graph.json'), 'utf8') };
}

function addArticle(dir: string, id: string, text: string | Buffer, meta: object = META): void {
  writeFileSync(join(dir, 'articles', `${id}.txt`), text);
  writeFileSync(join(dir, 'articles', `${id}.json`), JSON.stringify(meta));
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it('extracts, reports per article and writes a valid graph', () => {
    const dir = dataDir();
    const r = extract(dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`── ${SEED}`);
    expect(r.out).toMatch(/relations\s+\d+: .*cooperation/);
    expect(r.out).toContain('"last September" → 2023-09');
    const graph = JSON.parse(r.graph);
    expect(graph.articles[0].id).toBe(SEED);
    expect(graph.relations.every((x: { origin: string }) => x.origin === 'extracted')).toBe(true);
  });

  it('writes the layout beside the graph, naming the bytes of the graph it was made for', () => {
    const dir = dataDir();
    expect(extract(dir).code).toBe(0);
    const layout = JSON.parse(readFileSync(join(dir, 'graph.layout.json'), 'utf8'));
    const bytes = readFileSync(join(dir, 'graph.json'));
    expect(layout.source).toBe(layoutSource(createHash('sha256').update(bytes).digest('hex')));
    expect(checkLayoutFile(layout, JSON.parse(bytes.toString('utf8')))).toEqual({ positions: layout.positions });
  });

  it('keeps the order of what graph.json already holds, so re-runs change only what changed', () => {
    const dir = dataDir();
    const first = JSON.parse(extract(dir).graph);
    const reversed = { ...first, entities: [...first.entities].reverse(), relations: [...first.relations].reverse() };
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(reversed));
    const again = JSON.parse(extract(dir).graph);
    expect(again.relations.map((r: { id: string }) => r.id)).toEqual(reversed.relations.map((r: { id: string }) => r.id));
    expect(again.entities.map((e: { id: string }) => e.id)).toEqual(reversed.entities.map((e: { id: string }) => e.id));
  });

  it('reports curation entries that no longer match, and applies the rest', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'curation.json'), JSON.stringify({ version: 1, relations: [{ match: 'meeting-gone-0000000', action: 'reject' }], entities: [{ id: 'kp', addAliases: ['DPRK'] }] }));
    const r = extract(dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('unmatched');
    expect(r.out).toContain('meeting-gone-0000000');
    expect(JSON.parse(r.graph).entities.find((e: { id: string }) => e.id === 'kp').aliases).toContain('DPRK');
  });

  const bad: Array<[string, (dir: string) => void, RegExp]> = [
    ['an empty text', (d) => addArticle(d, 'empty', ''), /articles\/empty\.txt: \(text\): is empty/],
    ['a binary text', (d) => addArticle(d, 'binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])), /binary\.txt: \(text\): looks binary/],
    ['a text that is not UTF-8', (d) => addArticle(d, 'latin1', Buffer.from('Caf\xe9 in Paris, said the minister of the day.', 'latin1')), /latin1\.txt: \(text\): is not valid UTF-8/],
    ['a text that is not English', (d) => addArticle(d, 'russian', 'Министр иностранных дел России Сергей Лавров прибыл в Пхеньян во вторник с официальным визитом.'), /russian\.txt: \(text\): does not look like English/],
    ['metadata in another language', (d) => addArticle(d, 'french', 'The minister said the talks went well.', { ...META, language: 'fr' }), /french\.json: language: is "fr"/],
    ['a text over 10 MB', (d) => addArticle(d, 'huge', 'The minister met his counterpart. '.repeat(330_000)), /huge\.txt: \(text\): is 10\.\d MB/],
    ['metadata without a date', (d) => addArticle(d, 'nodate', 'The minister said so.', { ...META, published: undefined }), /nodate\.json: published: is missing \(required\)/],
    ['metadata with an impossible date', (d) => addArticle(d, 'baddate', 'The minister said so.', { ...META, published: '2024-02-30' }), /baddate\.json: published: is not a real calendar day/],
    ['an article id used twice', (d) => addArticle(d, 'copy', 'The minister said so.', { ...META, id: SEED }), /copy\.json: id: article id "nk-belarus-2024-07-24" is used twice/],
    ['a text without metadata', (d) => writeFileSync(join(d, 'articles', 'orphan.txt'), 'The minister said so.'), /orphan\.json: \(root\): is missing/],
  ];
  for (const [what, setup, message] of bad) {
    it(`refuses ${what}, naming the file, and leaves graph.json exactly as it was`, () => {
      const dir = dataDir();
      setup(dir);
      const r = extract(dir);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(message);
      expect(r.err).toContain('was not changed');
      expect(r.graph).toBe(GRAPH_BEFORE);
    });
  }

  it('refuses a curation entry whose hand-added quote does not match the text', () => {
    const dir = dataDir();
    const evidence = [{ article: SEED, start: 0, end: 5, quote: 'Wrong' }];
    writeFileSync(join(dir, 'curation.json'), JSON.stringify({ version: 1, add: [{ id: 'hand', kind: 'meeting', participants: ['kp', 'by'], directed: false, status: 'reported', summary: 's', evidence }] }));
    const r = extract(dir);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/curation\.json: add\[0\]\.evidence\[0\]\.quote: does not match/);
    expect(r.graph).toBe(GRAPH_BEFORE);
  });
});
