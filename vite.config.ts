/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompressAssets } from './scripts/precompressAssets.ts';
import { createReadStream, existsSync, statSync, cpSync } from 'node:fs';
import { resolve, normalize, extname, sep } from 'node:path';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The app fetches its data at run time rather than bundling it, so that a new
 * graph.json (or a generated one under data/) is picked up without a rebuild.
 * Dev and preview serve /data/* from the top-level data folder; build copies it.
 */
function serveDataFolder(): Plugin {
  const middleware = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    const base = url.indexOf('/data/');
    if (base < 0) return next();
    const file = normalize(resolve(DATA_DIR, '.' + url.slice(base + '/data'.length)));
    if (!file.startsWith(DATA_DIR + sep)) return next();
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (!stat?.isFile()) {
      // Only /data/… itself: other paths that merely contain /data/ (src/data/*.ts in dev) are not ours.
      if (base !== 0) return next();
      // A missing data file is a 404, not the SPA's index.html: the app then says "does not exist".
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    // Declared, so the page knows at once whether to read the file in its worker (src/data/loadGraph.ts).
    res.setHeader('Content-Length', String(stat.size));
    createReadStream(file).pipe(res);
  };
  return {
    name: 'entente-serve-data',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    closeBundle() {
      const out = resolve(import.meta.dirname, 'dist/data');
      if (existsSync(resolve(import.meta.dirname, 'dist'))) cpSync(DATA_DIR, out, { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), serveDataFolder(), precompressAssets()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  // The bundler's "plugins took n s" notice reads like a failure to a newcomer running npm start;
  // build time is not a figure we track there.
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
