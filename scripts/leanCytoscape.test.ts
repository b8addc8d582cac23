import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cytoscapeRoot, replacedModules } from './leanCytoscape.ts';

const root = cytoscapeRoot();
const src = join(root, 'src');
const appSrc = join(import.meta.dirname, '..', 'src');

function appSources(dir = appSrc): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return appSources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the lean Cytoscape build', () => {
  it('replaces modules that exist in the installed Cytoscape', () => {
    for (const path of Object.keys(replacedModules())) expect(existsSync(join(src, path)), path).toBe(true);
    expect(existsSync(join(src, 'index.mjs'))).toBe(true);
  });

  it('keeps the layouts Cytoscape runs by itself, and only those beside fcose', () => {
    const layouts = replacedModules()['extensions/layout/index.mjs'];
    for (const file of layouts.matchAll(/from '\.\/([\w-]+\.mjs)'/g)) expect(existsSync(join(src, 'extensions/layout', file[1]))).toBe(true);
    // Cytoscape runs 'grid' when created with elements and 'null' without (core/index.mjs).
    expect(readFileSync(join(src, 'core/index.mjs'), 'utf8')).toMatch(/name: head \? 'grid' : 'null'/);
    expect(layouts).toMatch(/name: 'grid'/);
    expect(layouts).toMatch(/name: 'null'/);
  });

  it('drops only the WebGL renderer with its module: the module adds nothing else to the canvas renderer', () => {
    const webgl = readFileSync(join(src, 'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs'), 'utf8');
    expect([...webgl.matchAll(/^CRp\.(\w+)\s*=/gm)].map((m) => m[1])).toEqual(['initWebgl']);
    expect(webgl).toMatch(/^export default CRp;$/m);
  });

  /** A replacement module, run. */
  const run = (path: string) => import(`data:text/javascript,${encodeURIComponent(replacedModules()[path])}`) as Promise<{ default: unknown }>;

  it('gives the installed version where Cytoscape reads it from its own build step', async () => {
    // Cytoscape's source reads the version from its build's environment, which a browser has not.
    expect(readFileSync(join(src, 'version.mjs'), 'utf8')).toMatch(/process\.env\.VERSION/);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run('version.mjs')).default).toBe(version);
  });

  it('answers webgl: true with a sentence saying why there is none', async () => {
    const renderer = (await run('extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs')).default as { initWebgl(): void };
    expect(() => renderer.initWebgl()).toThrow(/no WebGL renderer.*canvas renderer/);
    expect((await run('collection/algorithms/index.mjs')).default).toEqual({});
  });

  it('the app calls none of the graph algorithms it leaves out, nor the layouts, nor WebGL', async () => {
    const algorithms = (await import(pathToFileURL(join(src, 'collection/algorithms/index.mjs')).href)) as { default: Record<string, unknown> };
    const names = Object.keys(algorithms.default);
    expect(names).toContain('dijkstra');
    const dropped = new RegExp(`\\.(?:${names.join('|')})\\(|webgl\\s*:\\s*true|name:\\s*'(?:breadthfirst|circle|concentric|cose|random)'`);
    const offenders = appSources().filter((file) => dropped.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(appSrc, file))).toEqual([]);
  });
});
