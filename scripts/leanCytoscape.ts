/**
 * Bundles Cytoscape from its own ES-module sources (shipped in the npm package under `src/`)
 * instead of its prebuilt file, leaving out three parts Entente never calls:
 *
 * - the graph-algorithm collection (Dijkstra, PageRank, clustering, …): the app filters and
 *   lays out graphs, it does not analyse them;
 * - the built-in layouts other than `grid` (Cytoscape's default when it is created with
 *   elements), `null` and `preset`: every layout the app runs is fcose, an extension;
 * - the WebGL renderer: under software rendering it is 7–10× slower than the canvas, so the app
 *   never turns it on (`webgl: true` now fails with a sentence saying why).
 *
 * The prebuilt file carries all three, transpiled to older JavaScript: 138 KB gzip. This build is
 * 103 KB, a quarter of the code fetched before the first frame (issue 16's 250 KB budget).
 *
 * Build only: the dev server and the unit tests keep the prebuilt file, and every browser test
 * runs on the built app, so the lean build is what the end-to-end suite checks.
 */
import type { Plugin } from 'vite';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Cytoscape's package folder, found through its main file (its `exports` hide `src/`). */
export const cytoscapeRoot = (): string => dirname(dirname(require.resolve('cytoscape')));

const NO_WEBGL = `export default {
  initWebgl() {
    throw new Error('This build of Cytoscape has no WebGL renderer (scripts/leanCytoscape.ts): use the canvas renderer.');
  },
};
`;

const ONLY_USED_LAYOUTS = `import grid from './grid.mjs';
import nullLayout from './null.mjs';
import preset from './preset.mjs';

export default [
  { name: 'grid', impl: grid },
  { name: 'null', impl: nullLayout },
  { name: 'preset', impl: preset },
];
`;

/**
 * The source modules replaced, by path under Cytoscape's `src/`, with what replaces them.
 * `version.mjs` reads `process.env.VERSION`, which Cytoscape's own build fills in.
 */
export function replacedModules(root = cytoscapeRoot()): Record<string, string> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    'collection/algorithms/index.mjs': 'export default {};\n',
    'extensions/layout/index.mjs': ONLY_USED_LAYOUTS,
    'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs': NO_WEBGL,
    'version.mjs': `export default ${JSON.stringify(version)};\n`,
  };
}

export function leanCytoscape(): Plugin {
  const root = cytoscapeRoot();
  const src = join(root, 'src');
  const entry = join(src, 'index.mjs');
  const replacements = new Map(Object.entries(replacedModules(root)).map(([path, code]) => [join(src, path), code]));
  return {
    name: 'entente-lean-cytoscape',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      // A Cytoscape upgrade that moves these files must fail the build, not ship the full library
      // or a build missing a part that moved.
      for (const path of [entry, ...replacements.keys()]) {
        if (!existsSync(path)) this.error(`leanCytoscape: ${path} is missing; Cytoscape's sources have moved, update scripts/leanCytoscape.ts`);
      }
    },
    resolveId: (source) => (source === 'cytoscape' ? entry : null),
    load: (id) => replacements.get(id) ?? null,
  };
}
