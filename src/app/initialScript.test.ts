/**
 * What the page's initial script pulls in, read from the source: the modules reachable from
 * src/main.tsx and src/app/start.tsx through static imports (type-only imports and dynamic import() excluded, as the
 * bundler does). Reading and validating the data runs in the loader's worker; its modules, and
 * zod with them, must not creep back into the first download.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function resolveModule(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // a package
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
}

/** Static value imports and re-exports of a module: `import … from`, `export … from`, bare `import '…'`. */
function staticImports(source: string): string[] {
  const specs: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) {
    const [, keyword, typeOnly, clause, spec] = m;
    if (typeOnly) continue;
    if (keyword === 'export' && !/\bfrom\b/.test(m[0])) continue;
    // `import { type A, type B } from` brings in nothing at run time either.
    const names = clause.replace(/^\{|\}$/g, '').split(',').map((n) => n.trim()).filter(Boolean);
    if (clause.startsWith('{') && names.length && names.every((n) => n.startsWith('type '))) continue;
    specs.push(spec);
  }
  return specs;
}

/** Modules reachable from the entries, the packages they import and who imports each module, by path from the repo root. */
function reachable(...entries: string[]) {
  const modules = new Set<string>();
  const packages = new Map<string, string[]>();
  const importers = new Map<string, string[]>();
  const visit = (file: string) => {
    if (modules.has(file) || !/\.tsx?$/.test(file)) return;
    modules.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, spec);
      if (target) {
        const key = relative(ROOT, target);
        importers.set(key, [...(importers.get(key) ?? []), relative(ROOT, file)]);
        visit(target);
      } else if (!spec.startsWith('.')) packages.set(spec, [...(packages.get(spec) ?? []), relative(ROOT, file)]);
    }
  };
  for (const entry of entries) visit(resolve(ROOT, entry));
  return { modules: new Set([...modules].map((m) => relative(ROOT, m))), packages, importers };
}

describe('the initial script', () => {
  // The entry, and the app it fetches at once (src/app/start.tsx, imported dynamically so the
  // data file is on its way first): both are downloaded before the first frame.
  const { modules, packages, importers } = reachable('src/main.tsx', 'src/app/start.tsx');

  it('is read from the source as the bundler would (sanity: the app and the loader are in it)', () => {
    expect(modules).toContain('src/app/App.tsx');
    expect(modules).toContain('src/data/loadGraph.ts');
    expect(modules).toContain('src/data/loadMessages.ts');
    expect(packages.has('react')).toBe(true);
  });

  it('does not include the reader, the validator or the layout-file check (they run in the worker)', () => {
    for (const m of ['src/data/readGraph.ts', 'src/model/validate.ts', 'src/layout/layoutFile.ts', 'src/data/loadGraph.worker.ts']) {
      expect(modules, m).not.toContain(m);
    }
  });

  it('leaves zod out: page modules take the kinds and statuses from model/vocabulary.ts', () => {
    expect(packages.has('zod')).toBe(false);
    expect(importers.get('src/model/schema.ts') ?? []).toEqual([]);
  });
});

describe('the page reader of a small file', () => {
  // A small file is read on the page (readGraph.ts, fetched at once): a valid one must open without zod,
  // which only the full validator and the layout file's full check load, on demand.
  const { modules, packages } = reachable('src/data/readGraph.ts');

  it('reads and checks a valid file with the fast path alone: no zod, no schema, no full validator', () => {
    expect(modules).toContain('src/model/fastPath.ts');
    expect(modules).toContain('src/layout/layoutMatch.ts');
    expect(packages.has('zod')).toBe(false);
    for (const m of ['src/model/validate.ts', 'src/model/schema.ts', 'src/model/zod.ts', 'src/layout/layoutFile.ts']) expect(modules, m).not.toContain(m);
  });
});

