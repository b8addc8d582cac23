/** `npm run export`: every format on the seed, a --view applied like a link, and clear refusals. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportError, runExport } from './lib/export-run';
import { GRAPH_FILE } from './lib/data-files';
import { validateGraph } from '../src/model/validate';
import { visibleElements } from '../src/filters/visible';
import { viewFromSearch } from '../src/url/urlState';
import type { Graph } from '../src/model/schema';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = JSON.parse(readFileSync(GRAPH_FILE, 'utf8')) as Graph;

describe('npm run export', () => {
  it.each(['gexf', 'graphml', 'ftm', 'json', 'svg'])('writes %s for the seed', (format) => {
    const out = join(dir, `seed.${format}`);
    const outcome = runExport({ format, out });
    expect(outcome.written).toEqual([out]);
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(1000);
  });

  it('writes the three CSV tables into a folder', () => {
    const out = join(dir, 'csv');
    runExport({ format: 'csv', out });
    expect(readdirSync(out).sort()).toEqual(['entities.csv', 'evidence.csv', 'relations.csv']);
  });

  it('applies --view as the app applies the same link, and names what it ignored', () => {
    const out = join(dir, 'view.json');
    const outcome = runExport({ format: 'json', out, view: 'http://localhost:4173/?country=by&from=2024&kind=nope' });
    expect(outcome.warnings).toEqual(['kind=nope: is not one of meeting, cooperation, alliance, support, conflict, role']);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateGraph('view.json', exported, () => undefined).problems).toEqual([]);
    const appShows = visibleElements(seed, viewFromSearch('?country=by&from=2024', seed).view);
    expect(new Set(exported.relations.map((r: { id: string }) => r.id))).toEqual(new Set(appShows.relations));
    expect(appShows.relations.size).toBeLessThan(seed.relations.length);
  });

  it('takes the data file from the view’s data= when --data is not given', () => {
    expect(() => runExport({ format: 'json', out: join(dir, 'x.json'), view: 'data=data/missing.json' })).toThrow(/missing\.json cannot be exported:\n.*does not exist/);
  });

  it('refuses an unknown format and csv without a folder, saying why', () => {
    expect(() => runExport({ format: 'pdf' })).toThrow(ExportError);
    expect(() => runExport({ format: 'pdf' })).toThrow(/--format must be one of gexf, graphml, csv, ftm, json, svg/);
    expect(() => runExport({ format: 'csv' })).toThrow(/--out is needed for csv/);
  });

  it('writes to standard output without --out', () => {
    let written = '';
    runExport({ format: 'ftm' }, (t) => (written += t));
    expect(written.split('\n')[0]).toMatch(/^\{"id":"entente-/);
  });
});
