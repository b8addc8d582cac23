/**
 * The local server `npm start` runs: the built app (dist/) and the data folder, with the same
 * security headers vite preview sends (scripts/lib/serveData.ts), plus a small JSON API under
 * /api/ that reads and writes the data folder through DataStore.
 *
 * Writes are for this machine's browser only: the Host must be one this server answers as (no
 * DNS rebinding), and a write whose Origin (or Sec-Fetch-Site) says another site sent it is
 * refused with 403. Bodies are JSON only, checked against a schema, and capped in size.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { decodedPath, securityHeaders, serveDataFolder, type Middleware } from '../lib/serveData';
import { serveCompressed } from '../precompressAssets';
import { DataStore, type NewArticle, type Outcome } from './dataStore';
import { DataFolderBusy } from './lockAsync';

export interface ServerOptions {
  dataRoot: string;
  distDir: string;
  /** The interface listened on; writes accept only Host headers naming it (or localhost). */
  host: string;
  frameAncestors?: string;
}

/** Article texts are capped at 10 MB (checked on the text itself); the JSON around them may add escapes. */
const ARTICLE_BODY_LIMIT = 12 * 1024 * 1024;
const CURATION_BODY_LIMIT = 2 * 1024 * 1024;

const datasetParam = { type: 'string', minLength: 1, maxLength: 200, pattern: '^data/(?:[\\w-][\\w.-]*/)*[\\w-][\\w.-]*\\.json$' } as const;
const slug = { type: 'string', minLength: 1, maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const line = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

const schemas = {
  datasetQuery: { type: 'object', required: ['dataset'], properties: { dataset: datasetParam }, additionalProperties: false },
  replaceCuration: { type: 'object', required: ['version', 'curation'], additionalProperties: false, properties: { version: line(100), curation: { type: 'object' } } },
  decision: { type: 'object', required: ['version', 'decision'], additionalProperties: false, properties: { version: line(100), decision: { type: 'object' } } },
  article: {
    type: 'object',
    required: ['dataset', 'text', 'title', 'publisher', 'url', 'published'],
    additionalProperties: false,
    properties: {
      dataset: datasetParam,
      id: slug,
      // The byte cap (10 MB, 413) is checked on the text; this only stops absurd bodies early.
      text: { type: 'string' },
      title: line(500),
      publisher: line(200),
      agency: { type: 'string', maxLength: 200 },
      url: { type: 'string', maxLength: 2000, pattern: '^https?://' },
      published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      language: { type: 'string', maxLength: 10 },
    },
  },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * Files of the built app. Like the data folder: no dot segments, the real path inside dist/.
 * A path with no file extension that is not a file is the app's own page (its links are
 * query strings, but a reload of any page path should still open it).
 */
function serveDist(distDir: string): Middleware {
  return (req, res) => {
    const path = decodedPath(req.url) ?? '/';
    const segments = path.split('/').filter(Boolean);
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    };
    if (segments.some((s) => s.startsWith('.') || s.includes('\\'))) return notFound();
    let file: string | undefined;
    try {
      const root = realpathSync(distDir);
      const real = realpathSync(join(distDir, ...segments));
      if ((real === root || real.startsWith(root + sep)) && statSync(real).isFile()) file = real;
      else if (real === root) file = join(root, 'index.html');
    } catch {
      /* not a file */
    }
    if (!file && !extname(path)) file = join(distDir, 'index.html');
    let size: number;
    try {
      size = statSync(file!).size;
    } catch {
      return notFound();
    }
    res.setHeader('Content-Type', TYPES[extname(file!)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(size));
    res.setHeader('Cache-Control', file!.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file!)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

function chain(middlewares: Middleware[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const step = (i: number) => middlewares[i]?.(req, res, () => step(i + 1));
    step(0);
  };
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD = ['0.0.0.0', '::', '[::]'];

export function buildServer(options: ServerOptions): FastifyInstance {
  const store = new DataStore(options.dataRoot);
  // No coercion and no silent dropping: a number where a string belongs, or a field nobody reads, is a bad body.
  const app = Fastify({ logger: false, bodyLimit: CURATION_BODY_LIMIT, return503OnClosing: true, ajv: { customOptions: { coerceTypes: false, removeAdditional: false } } });
  const headers = Object.entries(securityHeaders({ frameAncestors: options.frameAncestors ?? "'self'" }));
  const staticFiles = chain([serveDataFolder(options.dataRoot), serveCompressed(options.distDir), serveDist(options.distDir)]);
  const hostnames = new Set([...LOOPBACK, options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host]);

  app.addHook('onRequest', async (req, reply) => {
    // Set on the raw response so that files streamed outside fastify's reply carry them too.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    if (decodedPath(req.url) === undefined) return reply.code(400).type('text/plain; charset=utf-8').send('Bad request');
    if (!req.url.startsWith('/api/')) return;
    reply.header('Cache-Control', 'no-store');
    const hostHeader = String(req.headers.host ?? '');
    const hostname = hostHeader.replace(/:\d+$/, '');
    if (!WILDCARD.includes(options.host) && !hostnames.has(hostname)) return reply.code(403).send({ error: `This server answers as ${[...hostnames].join(' or ')}, not ${hostname || 'an empty Host'}.` });
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== `http://${hostHeader}`) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      return reply.code(403).send({ error: 'Changes are accepted only from this app’s own page.' });
    }
  });

  app.setErrorHandler((err: { statusCode?: number; message: string; validation?: unknown; code?: string }, _req, reply) => {
    if (err instanceof DataFolderBusy) return reply.code(503).send({ error: err.message });
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 413) return reply.code(413).send({ error: 'The request is too large: articles are limited to 10 MB of text.' });
    if (err.validation) return reply.code(400).send({ error: `The request is not valid: ${err.message}.` });
    // Neither stacks nor server paths leave the server.
    return reply.code(status).send({ error: status === 500 ? 'The server could not do this; see its terminal for why.' : err.message });
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.code(404).send({ error: 'There is no such API endpoint.' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(405).send({ error: 'Only GET here.' });
    reply.hijack();
    staticFiles(req.raw, reply.raw);
  });

  const send = (reply: FastifyReply, outcome: Outcome) => reply.code(outcome.status).send(outcome.body);
  type Query = { Querystring: { dataset: string } };

  app.get('/api/datasets', async () => ({ datasets: store.datasets() }));
  app.get<Query>('/api/curation', { schema: { querystring: schemas.datasetQuery } }, async (req, reply) => send(reply, store.curation(req.query.dataset)));
  app.put<Query & { Body: { version: string; curation: unknown } }>('/api/curation', { schema: { querystring: schemas.datasetQuery, body: schemas.replaceCuration } }, async (req, reply) =>
    send(reply, await store.replaceCuration(req.query.dataset, req.body.version, req.body.curation)),
  );
  app.post<Query & { Body: { version: string; decision: unknown } }>('/api/curation/decisions', { schema: { querystring: schemas.datasetQuery, body: schemas.decision } }, async (req, reply) =>
    send(reply, await store.decide(req.query.dataset, req.body.version, req.body.decision)),
  );
  app.post<{ Body: NewArticle }>('/api/articles', { bodyLimit: ARTICLE_BODY_LIMIT, schema: { body: schemas.article } }, async (req: FastifyRequest<{ Body: NewArticle }>, reply) =>
    send(reply, await store.addArticle(req.body)),
  );
  return app;
}
