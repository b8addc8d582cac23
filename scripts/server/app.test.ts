/**
 * The local API against a real server on a free port, over HTTP, on a temporary copy of a data
 * folder (never the repository's data/): each endpoint's success, bad bodies, path tricks,
 * stale versions, two writers at once, foreign origins, and a server killed mid-write.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ROOT, validateGraphFile } from '../lib/data-files';
import { runExtract } from '../lib/extract-run';
import { buildServer } from './app';

const SEED = 'nk-belarus-2024-07-24';
const DATASET = 'data/graph.json';
/** Written for this test, not a dev-corpus text: a short wire report the extractor reads. */
const NEW_ARTICLE = {
  title: 'Norway and Chile sign fisheries cooperation plan',
  publisher: 'Test Wire',
  url: 'https://news.example/norway-chile-fisheries',
  published: '2025-03-04',
  text:
    'OSLO, March 4 -- Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Tuesday.\n\n' +
    'Norway and Chile signed a plan to expand cooperation on fisheries and ocean research, the Norwegian foreign ministry said in a statement.\n',
};

let root: string;
let pristine: string;
let app: FastifyInstance;
let base: string;
/** Extracted relation ids of the seed, with no curation applied: what decisions match. */
let relationIds: string[];

const file = (...parts: string[]) => join(root, ...parts);
const read = (...parts: string[]) => readFileSync(file(...parts), 'utf8');

/** A data folder holding the seed article and an empty curation, its graph built by the CLI's own code. */
function makeDataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  mkdirSync(join(dir, 'articles'));
  for (const ext of ['txt', 'json']) copyFileSync(join(ROOT, 'data', 'articles', `${SEED}.${ext}`), join(dir, 'articles', `${SEED}.${ext}`));
  writeFileSync(join(dir, 'curation.json'), '{\n  "version": 1\n}\n');
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ version: 1, datasets: [{ file: DATASET, title: 'Test set', description: 'One article.', articles: 1 }] }, null, 2) + '\n');
  const code = runExtract({ dataDir: dir, ids: [], log: () => {}, error: () => {} });
  if (code !== 0) throw new Error('the test data folder could not be built');
  return dir;
}

function copyFolder(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, headers: res.headers };
}

const currentVersion = async () => (await api('GET', `/api/curation?dataset=${DATASET}`)).json.version as string;
const decide = (version: string, decision: unknown, headers?: Record<string, string>) => api('POST', `/api/curation/decisions?dataset=${DATASET}`, { version, decision }, headers);
/** Every file of the data folder with its content: "nothing written" compares two of these. */
const snapshot = () =>
  Object.fromEntries(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((n) => !n.endsWith('articles'))
      .sort()
      .map((n) => [n, readFileSync(join(root, n), 'utf8')]),
  );

beforeAll(async () => {
  pristine = makeDataFolder();
  relationIds = (JSON.parse(readFileSync(join(pristine, 'graph.json'), 'utf8')).relations as Array<{ id: string; origin: string }>).filter((r) => r.origin === 'extracted').map((r) => r.id);
}, 120_000);

beforeEach(async () => {
  root = copyFolder(pristine);
  app = buildServer({ dataRoot: root, distDir: join(root, 'no-dist'), host: '127.0.0.1' });
  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('127.0.0.1', 'localhost');
  return async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  };
});

afterAll(() => rmSync(pristine, { recursive: true, force: true }));

describe('reading', () => {
  it('lists the data sets, saying which can be edited', async () => {
    const { status, json } = await api('GET', '/api/datasets');
    expect(status).toBe(200);
    expect(json.datasets).toEqual([{ file: DATASET, title: 'Test set', description: 'One article.', articles: 1, editable: true }]);
  });

  it('gives the curation file with a version that changes when the file does', async () => {
    const first = await api('GET', `/api/curation?dataset=${DATASET}`);
    expect(first.status).toBe(200);
    expect(first.json.curation).toEqual({ version: 1 });
    expect(first.json.version).toMatch(/^sha256-/);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'self'");
    writeFileSync(file('curation.json'), '{ "version": 1, "relations": [] }\n');
    expect(await currentVersion()).not.toBe(first.json.version);
  });

  it('refuses data sets that are not listed, and path tricks, without reading them', async () => {
    expect((await api('GET', '/api/curation?dataset=data/other/graph.json')).status).toBe(404);
    for (const trick of ['data/../graph.json', '../data/graph.json', '/etc/passwd', 'data/.entente.lock', 'data/%2e%2e/graph.json']) {
      expect((await api('GET', `/api/curation?dataset=${encodeURIComponent(trick)}`)).status, trick).toBe(400);
    }
    expect((await api('GET', '/api/curation')).status).toBe(400);
  });
});

describe('recording a decision', () => {
  it('writes it to curation.json and rebuilds the graph without the rejected relation', async () => {
    const [target] = relationIds;
    const before = await currentVersion();
    const res = await decide(before, { match: target, action: 'reject', reason: 'not what the article says' });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.version).not.toBe(before);
    expect(JSON.parse(read('curation.json')).relations).toEqual([{ match: target, action: 'reject', reason: 'not what the article says' }]);
    const graph = validateGraphFile(file('graph.json'));
    expect(graph.problems).toEqual([]);
    expect(graph.graph!.relations.map((r) => r.id)).not.toContain(target);
  });

  it('refuses a decision made on an out-of-date file about the same relation (409) and writes nothing', async () => {
    const [target] = relationIds;
    const stale = await currentVersion();
    expect((await decide(stale, { match: target, action: 'edit', set: { status: 'intent' } })).status).toBe(200);
    const after = snapshot();
    const res = await decide(stale, { match: target, action: 'reject' });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/reload/);
    expect(snapshot()).toEqual(after);
  });

  it('refuses a version it never gave out (409)', async () => {
    const before = snapshot();
    expect((await decide('sha256-0000', { match: relationIds[0], action: 'reject' })).status).toBe(409);
    expect(snapshot()).toEqual(before);
  });

  it('keeps both decisions of two writers at once, about different relations', async () => {
    const version = await currentVersion();
    const [a, b] = await Promise.all([decide(version, { match: relationIds[0], action: 'reject' }), decide(version, { match: relationIds[1], action: 'edit', set: { status: 'proposed' } })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const matches = (JSON.parse(read('curation.json')).relations as Array<{ match: string }>).map((r) => r.match).sort();
    expect(matches).toEqual([relationIds[0], relationIds[1]].sort());
    expect(validateGraphFile(file('graph.json')).problems).toEqual([]);
  });

  it('refuses bad bodies with 400 and writes nothing', async () => {
    const version = await currentVersion();
    const before = snapshot();
    const bad: unknown[] = [
      { version: 5, decision: { match: relationIds[0], action: 'reject' } },
      { version, decision: 'reject' },
      { version, decision: { match: relationIds[0], action: 'delete' } },
      { version, decision: { match: '../curation', action: 'reject' } },
      { version, decision: { match: relationIds[0], action: 'edit', set: { status: 'rumoured' } } },
      { version, decision: { match: relationIds[0], action: 'reject' }, extra: true },
      '{"version": ',
    ];
    for (const body of bad) {
      const res = await api('POST', `/api/curation/decisions?dataset=${DATASET}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(typeof res.json.error).toBe('string');
    }
    expect(snapshot()).toEqual(before);
  });

  it('puts the file back when the graph cannot be built with the decision (422)', async () => {
    const before = snapshot();
    const res = await decide(await currentVersion(), { match: relationIds[0], action: 'edit', set: { participants: ['kp', 'no-such-entity'] } });
    expect(res.status).toBe(422);
    expect(snapshot()).toEqual(before);
  });

  it('refuses writes from a foreign origin (403) and writes nothing, and accepts its own', async () => {
    const version = await currentVersion();
    const before = snapshot();
    expect((await decide(version, { match: relationIds[0], action: 'reject' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await decide(version, { match: relationIds[0], action: 'reject' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await decide(version, { match: relationIds[0], action: 'reject' }, { origin: base.replace(/\/$/, '') })).status).toBe(200);
    expect(snapshot()).not.toEqual(before);
  });

  it('answers no API request sent under another Host name (DNS rebinding), reads included', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/api/datasets`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('replacing the curation file', () => {
  it('writes a valid file at the current version, refuses a stale one (409) and an invalid one (400)', async () => {
    const version = await currentVersion();
    const next = { version: 1, relations: [{ match: relationIds[2], action: 'reject' }] };
    expect((await api('PUT', `/api/curation?dataset=${DATASET}`, { version, curation: next })).status).toBe(200);
    expect(JSON.parse(read('curation.json'))).toEqual(next);
    const before = snapshot();
    expect((await api('PUT', `/api/curation?dataset=${DATASET}`, { version, curation: { version: 1 } })).status).toBe(409);
    expect((await api('PUT', `/api/curation?dataset=${DATASET}`, { version: await currentVersion(), curation: { version: 2 } })).status).toBe(400);
    expect(snapshot()).toEqual(before);
  });
});

describe('adding an article', () => {
  const post = (body: unknown) => api('POST', '/api/articles', body);

  it('writes its text and metadata into articles/, re-extracts, and counts it in index.json', async () => {
    const res = await post({ dataset: DATASET, ...NEW_ARTICLE });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const id = res.json.id as string;
    expect(id).toBe('norway-and-chile-sign-fisheries-cooperation-2025-03-04');
    expect(read('articles', `${id}.txt`)).toBe(NEW_ARTICLE.text);
    expect(JSON.parse(read('articles', `${id}.json`))).toEqual({ title: NEW_ARTICLE.title, publisher: 'Test Wire', url: NEW_ARTICLE.url, published: '2025-03-04', language: 'en' });
    const graph = validateGraphFile(file('graph.json'));
    expect(graph.problems).toEqual([]);
    expect(graph.graph!.articles.map((a) => a.id)).toContain(id);
    expect(JSON.parse(read('index.json')).datasets[0].articles).toBe(2);
  });

  it('refuses bad input with a sentence saying what to fix, and writes nothing', async () => {
    const before = snapshot();
    const cases: Array<[unknown, number, RegExp]> = [
      [{ dataset: DATASET, ...NEW_ARTICLE, text: '   ' }, 400, /empty/],
      [{ dataset: DATASET, ...NEW_ARTICLE, published: undefined }, 400, /published/],
      [{ dataset: DATASET, ...NEW_ARTICLE, published: '2025-13-45' }, 400, /published/],
      [{ dataset: DATASET, ...NEW_ARTICLE, title: 42 }, 400, /title/],
      [{ dataset: DATASET, ...NEW_ARTICLE, id: '../../etc/passwd' }, 400, /id/],
      [{ dataset: DATASET, ...NEW_ARTICLE, id: 'x/y' }, 400, /id/],
      [{ dataset: '../graph.json', ...NEW_ARTICLE }, 400, /dataset/],
      [{ dataset: 'data/other/graph.json', ...NEW_ARTICLE }, 404, /no editable data set/],
      [{ dataset: DATASET, ...NEW_ARTICLE, text: 'Министр иностранных дел Норвегии встретился во вторник в Осло со своим чилийским коллегой, сообщило министерство.' }, 400, /English/],
      [{ dataset: DATASET, ...NEW_ARTICLE, id: SEED }, 409, /already/],
      [{ dataset: DATASET, ...NEW_ARTICLE, url: 'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=379234' }, 409, /already has this URL/],
      [{ dataset: DATASET, ...NEW_ARTICLE, text: readFileSync(join(ROOT, 'data', 'articles', `${SEED}.txt`), 'utf8') }, 409, /already in the data set/],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(res.json)).toBe(status);
      expect(res.json.error).toMatch(message);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a text over 10 MB with 413', async () => {
    const before = snapshot();
    const res = await post({ dataset: DATASET, ...NEW_ARTICLE, text: 'a'.repeat(10 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(res.json.error).toMatch(/10 MB/);
    const huge = await post({ dataset: DATASET, ...NEW_ARTICLE, text: 'a'.repeat(13 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(snapshot()).toEqual(before);
  });
});

describe('a server killed mid-write', () => {
  it('leaves the old files intact and valid, and the next server takes the lock over', async () => {
    const graphBefore = read('graph.json');
    const curationBefore = read('curation.json');
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'server', 'main.ts')], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DATA_ROOT: root } });
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        const m = /listening on (\S+)/.exec(String(d));
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error('the server did not start')));
    });
    const version = (await (await fetch(`${address}/api/curation?dataset=${DATASET}`)).json()).version;
    const exited = new Promise((r) => child.on('exit', r));
    const request = fetch(`${address}/api/curation/decisions?dataset=${DATASET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version, decision: { match: relationIds[0], action: 'reject' } }),
    }).catch(() => undefined);
    // Killed while it holds the lock: between writing curation.json and writing the graph, or before either.
    while (!existsSync(file('.entente.lock'))) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await Promise.all([exited, request]);

    const graph = validateGraphFile(file('graph.json'));
    expect(graph.problems).toEqual([]);
    expect(read('graph.json')).toBe(graphBefore);
    const curation = read('curation.json');
    expect([curationBefore, `${JSON.stringify({ version: 1, relations: [{ match: relationIds[0], action: 'reject' }] }, null, 2)}\n`]).toContain(curation);
    // The lock it left names a dead process: this server takes it over and writes.
    const res = await decide(await currentVersion(), { match: relationIds[1], action: 'reject' });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp') || n.startsWith('.entente.lock'))).toEqual([]);
  }, 60_000);
});
