/**
 * Build-time compression of the app's code, and a `vite preview` middleware that serves it.
 * Shared by the app's build (vite.config.ts) and the benchmark's baseline page
 * (bench/baseline/vite.config.ts), which the same preview server serves.
 */
import type { Plugin } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { writeFileAtomic } from './lib/writeFileAtomic.ts';

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Preferred first: brotli is ~15 % smaller than gzip on this app's code. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Writes a .br and a .gz beside every compressible file of `dir` worth compressing; each
 * replaces an older copy whole, so an interrupted build never leaves a truncated one to serve.
 */
export function compressDir(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const file = resolve(dir, name);
    if (!(extname(name) in COMPRESSIBLE) || statSync(file).size < 1024) continue;
    const body = readFileSync(file);
    writeFileAtomic(`${file}.br`, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileAtomic(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

/**
 * Answers a request for a file under an assets/ folder of `root` with its compressed copy, in
 * the best encoding the browser accepts; anything else goes on to the next middleware.
 */
export function serveCompressed(root: string): Middleware {
  return (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    const type = COMPRESSIBLE[extname(url)];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !type || !url.includes('/assets/')) return next();
    const file = normalize(resolve(root, '.' + url));
    if (!file.startsWith(root + sep)) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(file + e.suffix));
    if (!encoding) return next();
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Content-Length', String(statSync(file + encoding.suffix).size));
    res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
    // Hashed file names: a changed file is a new name, so browsers may keep these for good.
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file + encoding.suffix).pipe(res);
  };
}

/**
 * The built code is compressed once, at build time, and served compressed by `vite preview`
 * (npm start, the benchmark). Left to itself, vite preview gzips every response again on every
 * request: ~20 ms of the server's CPU per page load for this app, taken from the browser on a
 * 2-core machine, and it never uses brotli.
 */
export function precompressAssets(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'entente-precompress-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    closeBundle() {
      if (building) compressDir(resolve(outDir, 'assets'));
    },
    configurePreviewServer: (server) => void server.middlewares.use(serveCompressed(outDir)),
  };
}
