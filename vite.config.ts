/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompressAssets } from './scripts/precompressAssets.ts';
import { leanCytoscape } from './scripts/leanCytoscape.ts';
import { existsSync, cpSync, lstatSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { addSecurityHeaders, frameAncestorsFromEnv, rejectMalformedPaths, serveDataFolder } from './scripts/lib/serveData.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');

const isPublishable = (src: string) => !basename(src).startsWith('.') && !lstatSync(src).isSymbolicLink();

/**
 * The app fetches its data at run time rather than bundling it, so that a new graph.json (or a
 * generated one under data/) is picked up without a rebuild. Dev and preview serve /data/* from
 * the top-level data folder (scripts/lib/serveData.ts, with the security headers); build copies it.
 */
function dataAndHeaders(): Plugin {
  const frameAncestors = frameAncestorsFromEnv();
  return {
    name: 'entente-serve-data',
    configureServer: (server) => {
      // Dev only: vite injects inline scripts for hot reload, which the policy would block.
      server.middlewares.use(addSecurityHeaders({ frameAncestors, withoutCsp: true }));
      server.middlewares.use(rejectMalformedPaths);
      server.middlewares.use(serveDataFolder(DATA_DIR));
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(addSecurityHeaders({ frameAncestors }));
      server.middlewares.use(rejectMalformedPaths);
      server.middlewares.use(serveDataFolder(DATA_DIR));
    },
    closeBundle() {
      const out = resolve(import.meta.dirname, 'dist/data');
      // Neither dot-files (the write lock, a killed writer's temp files) nor symlinks (which could
      // point anywhere on this machine) are published.
      if (existsSync(resolve(import.meta.dirname, 'dist'))) cpSync(DATA_DIR, out, { recursive: true, filter: isPublishable });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [leanCytoscape(), react(), tailwindcss(), dataAndHeaders(), precompressAssets()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  // The bundler's "plugins took n s" notice reads like a failure to a newcomer running npm start;
  // build time is not a figure we track there.
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  worker: { plugins: () => [leanCytoscape()], rolldownOptions: { checks: { bundlerTimings: false } } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // The CLI tests spawn the extractor (several seconds each on a 2-core machine, more when the
    // suite's other files run beside them); 5 s, the default, failed them under load, not on merit.
    testTimeout: 30_000,
  },
});
