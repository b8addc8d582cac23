import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { precompressAssets } from '../../scripts/precompressAssets.ts';
import { leanCytoscape } from '../../scripts/leanCytoscape.ts';

/** Builds the baseline page into dist/baseline/, beside the app, so one preview server serves both. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  // Served by the app's preview server, compressed the same way and with the same Cytoscape build,
  // so the comparison is like for like.
  plugins: [leanCytoscape(), precompressAssets()],
  build: { outDir: resolve(import.meta.dirname, '../../dist/baseline'), emptyOutDir: true },
});
