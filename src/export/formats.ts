/**
 * One entry for every file format, shared by the export menu and `npm run export`, so the two
 * write the same bytes. Loaded on demand by the page (dynamic import): none of it is in the
 * first download.
 */
import { buildNetwork } from './network';
import { selectionGraph, selectView, type ExportSource, type Selection } from './selection';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { entitiesCsv, evidenceCsv, relationsCsv } from './csv';
import { ftmProblems, toFtm, toNdjson } from './ftm';
import { toSvg } from './svg';

export const FORMATS = ['gexf', 'graphml', 'csv', 'ftm', 'json', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportedFile {
  name: string;
  mime: string;
  content: string;
}

/** "Entente export of data/graph.json, view ?country=by — 14 entities, 26 relations" */
export function describe(s: Selection, dataFile: string): string {
  return `Entente export of ${dataFile}${s.query ? `, view ${s.query}` : ' (whole graph)'}: ${s.entities.length} entities, ${s.relations.length} relations`;
}

/** The Entente data file of a view: the contract, filtered, with the article texts inline. */
export function ententeJson(s: Selection): string {
  return JSON.stringify(selectionGraph(s), null, 2) + '\n';
}

export function exportFiles(format: Format, source: ExportSource, baseName = 'entente'): ExportedFile[] {
  const s = selectView(source);
  const dataFile = source.dataFile ?? 'data/graph.json';
  const about = describe(s, dataFile);
  switch (format) {
    case 'gexf':
      return [{ name: `${baseName}.gexf`, mime: 'application/gexf+xml', content: toGexf(buildNetwork(s), about) }];
    case 'graphml':
      return [{ name: `${baseName}.graphml`, mime: 'application/graphml+xml', content: toGraphml(buildNetwork(s), about) }];
    case 'svg':
      return [{ name: `${baseName}.svg`, mime: 'image/svg+xml', content: toSvg(buildNetwork(s), about) }];
    case 'csv':
      return [
        { name: 'entities.csv', mime: 'text/csv', content: entitiesCsv(s) },
        { name: 'relations.csv', mime: 'text/csv', content: relationsCsv(s) },
        { name: 'evidence.csv', mime: 'text/csv', content: evidenceCsv(s) },
      ];
    case 'ftm': {
      const entities = toFtm(s);
      const problems = ftmProblems(entities);
      // Never hand over a file Aleph would reject: the mapping is wrong if this fires.
      if (problems.length) throw new Error(`The FollowTheMoney export is not valid:\n${problems.slice(0, 20).join('\n')}`);
      return [{ name: `${baseName}.ftm.json`, mime: 'application/x-ndjson', content: toNdjson(entities) }];
    }
    case 'json':
      return [{ name: `${baseName}.json`, mime: 'application/json', content: ententeJson(s) }];
  }
}
