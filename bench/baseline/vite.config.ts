import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** Builds the baseline page into dist/baseline/, beside the app, so one preview server serves both. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../../dist/baseline'), emptyOutDir: true },
});
