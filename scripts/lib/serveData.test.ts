/**
 * The data folder as served (issue 15, items 3, 4, 8, 9): malformed paths are a bare 400,
 * dot-files and symlinks out of the folder are not served, only /data/… is the data folder,
 * and every answer carries the security headers.
 */
import { request, createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSecurityHeaders, contentSecurityPolicy, CYTOSCAPE_CONTAINER_STYLE, rejectMalformedPaths, serveDataFolder, type Middleware } from './serveData';

let server: Server;
let port: number;
let root: string;

function chain(...middlewares: Middleware[]): Parameters<typeof createServer>[1] {
  return (req, res) => {
    const run = (i: number) => {
      if (i < middlewares.length) return middlewares[i](req, res, () => run(i + 1));
      res.statusCode = 299; // "not ours": the next handler (the app) would answer
      res.end('app');
    };
    run(0);
  };
}

/** A raw GET: the path goes out byte for byte, unnormalized (fetch would resolve "..", reject "%"). */
function get(path: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const data = join(root, 'data');
  mkdirSync(join(data, 'h'), { recursive: true });
  writeFileSync(join(data, 'graph.json'), '{"version":1}');
  writeFileSync(join(data, '.graph.json.4242.tmp'), '{"half');
  writeFileSync(join(data, '.entente.lock'), '{"pid":1}');
  writeFileSync(join(root, 'secret.txt'), 'outside the data folder');
  symlinkSync('/etc', join(data, 'h', 'lnk'));
  symlinkSync(join(root, 'secret.txt'), join(data, 'secret.txt'));
  server = createServer(chain(addSecurityHeaders({ frameAncestors: "'none'" }), rejectMalformedPaths, serveDataFolder(data)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serving the data folder', () => {
  it('serves a data file with its type and length', async () => {
    const r = await get('/data/graph.json');
    expect(r.status).toBe(200);
    expect(r.body).toBe('{"version":1}');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['content-length']).toBe('13');
  });

  it.each(['/%', '/data/%E0%A4%A', '/data/graph.json%', '/data/%00graph.json', '/x/%zz'])('answers a malformed path %s with a bare 400', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body).toBe('Bad request');
  });

  it.each(['/data/.graph.json.4242.tmp', '/data/.entente.lock', '/data/%2Eentente.lock', '/data/../secret.txt', '/data/%2E%2E/secret.txt', '/data/h/lnk/hostname', '/data/secret.txt', '/data/h', '/data/', '/data/nope.json'])(
    'does not serve %s',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.body).toBe('Not found');
    },
  );

  it('serves exactly /data/…: a path that merely contains /data/ is the app\'s', async () => {
    const r = await get('/x/data/graph.json');
    expect(r.status).toBe(299);
  });

  it('sends the security headers on every answer', async () => {
    for (const path of ['/data/graph.json', '/', '/%']) {
      const r = await get(path);
      expect(r.headers['content-security-policy']).toBe(contentSecurityPolicy("'none'"));
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(contentSecurityPolicy()).toMatch(/script-src 'self';.*connect-src 'self';.*frame-ancestors 'self'$/);
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
  });
});

describe('the one inline style allowed', () => {
  it('is the rule this version of Cytoscape adds to the page (an upgrade that changes it fails here)', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
    expect(source).toContain("var className = '__________cytoscape_container';");
    expect(source).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    expect(CYTOSCAPE_CONTAINER_STYLE).toBe('.' + '__________cytoscape_container' + ' { position: relative; }');
  });
});
