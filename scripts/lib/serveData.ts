/**
 * Serving the data folder and the app's security headers, for vite's dev and preview servers
 * (vite.config.ts) and the local API server to come. Node-only, dependency-free.
 *
 * Only `/data/…` itself is the data folder; the path is decoded once (a malformed one is a bare
 * 400), no segment may start with a dot (dot-files such as a killed writer's temp files or the
 * lock, and `..`), and the file's real path, symlinks resolved, must lie inside the data folder's.
 */
import { createHash } from 'node:crypto';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

type Next = (err?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function answer(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/** The request's path, decoded, or undefined when it cannot be (malformed escapes, NUL). */
export function decodedPath(url: string | undefined): string | undefined {
  const raw = (url ?? '/').split(/[?#]/)[0];
  try {
    const path = decodeURIComponent(raw);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** First in the chain: a path that cannot be decoded gets 400 and not a word more (no stack, no server path). */
export const rejectMalformedPaths: Middleware = (req, res, next) => {
  if (decodedPath(req.url) === undefined) return answer(res, 400, 'Bad request');
  next();
};

/** The file under `dataDir` that `/data/<rest>` names, or undefined when it is not one we serve. */
export function resolveDataFile(dataDir: string, path: string): string | undefined {
  if (!path.startsWith('/data/')) return undefined;
  const segments = path.slice('/data/'.length).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.') || s.includes('\\'))) return undefined;
  let root: string;
  let real: string;
  try {
    root = realpathSync(dataDir);
    real = realpathSync(join(dataDir, ...segments));
  } catch {
    return undefined;
  }
  if (!real.startsWith(root + sep)) return undefined;
  try {
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `/data/…` from `dataDir`. The data is fetched at run time, not bundled, so a new graph
 * is picked up without a rebuild. Anything under /data/ that is not served is a 404 (never the
 * SPA's index.html: the app then says "does not exist").
 */
export function serveDataFolder(dataDir: string): Middleware {
  return (req, res, next) => {
    const path = decodedPath(req.url);
    if (path === undefined) return answer(res, 400, 'Bad request');
    if (!path.startsWith('/data/')) return next();
    const file = resolveDataFile(dataDir, path);
    if (!file) return answer(res, 404, 'Not found');
    const size = statSync(file).size;
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    // Declared, so the page knows at once whether to read the file in its worker (src/data/loadGraph.ts).
    res.setHeader('Content-Length', String(size));
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

export interface HeaderOptions {
  /** Who may show the app in a frame: CSP frame-ancestors sources ("'none'", "'self'", origins). */
  frameAncestors?: string;
  /** Leave the Content-Security-Policy out (vite's dev server injects inline scripts for hot reload). */
  withoutCsp?: boolean;
}

/**
 * Who may frame the app, from ENTENTE_FRAME_ANCESTORS (space-separated CSP sources, e.g.
 * "'self' https://news.example"); by default only the app's own origin.
 */
export const frameAncestorsFromEnv = (env: NodeJS.ProcessEnv = process.env) => env.ENTENTE_FRAME_ANCESTORS?.trim() || "'self'";

/**
 * The one inline style the app needs: Cytoscape adds this <style> element to the page when it
 * first draws (cytoscape's renderer, className '__________cytoscape_container'). Allowed by its
 * hash, so no other inline style is.
 */
export const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';
const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/**
 * The policy allows exactly what the app uses: its own scripts and workers (no inline script,
 * no eval), its own styles and Cytoscape's one rule, images from itself and data: URLs (the flags are inlined SVG), fetches
 * to its own origin only. docs/security.md gives the same headers for a static host.
 */
export function contentSecurityPolicy(frameAncestors = "'self'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src 'self' ${styleHash(CYTOSCAPE_CONTAINER_STYLE)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export function securityHeaders({ frameAncestors = "'self'", withoutCsp = false }: HeaderOptions = {}): Record<string, string> {
  return {
    ...(withoutCsp ? {} : { 'Content-Security-Policy': contentSecurityPolicy(frameAncestors) }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export function addSecurityHeaders(options: HeaderOptions = {}): Middleware {
  const headers = Object.entries(securityHeaders(options));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
