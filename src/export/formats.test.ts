/**
 * Every format, written and read back: XML parsed by graphology's own readers with the node and
 * edge counts of the view, CSV parsed to the right rows, FtM entities valid under the model,
 * the Entente JSON validated by the app's validator and identical after a round trip.
 */
import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { seedGraph, seedText, view } from '../test/fixtures';
import { validateGraph } from '../model/validate';
import { layoutInput } from '../layout/computeLayout';
import { runLayout } from '../layout/runLayout';
import { visibleElements } from '../filters/visible';
import { generateGraph } from '../generate/generate';
import type { Graph } from '../model/schema';
import type { ViewState } from '../state/viewState';
import { exportFiles, type Format } from './formats';
import { ftmProblems, toFtm, type FtmEntity } from './ftm';
import { selectView, viewFromQuery, type ExportSource } from './selection';

/** RFC 4180 reader, enough to check what csv.ts writes (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && body[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  return rows;
}

function seedSource(v: ViewState = view()): ExportSource {
  const graph = seedGraph();
  const texts = new Map(graph.articles.map((a) => [a.id, seedText(a.id)]));
  return { graph, texts, view: v, layout: runLayout(layoutInput(graph)), dataFile: 'data/graph.json' };
}

function expectedCounts(source: ExportSource) {
  const s = selectView(source);
  const hyper = s.relations.filter((r) => r.participants.length > 2);
  return {
    selection: s,
    nodes: s.entities.length + hyper.length,
    edges: s.relations.reduce((n, r) => n + (r.participants.length > 2 ? r.participants.length : 1), 0),
    quotes: s.relations.reduce((n, r) => n + r.evidence.length, 0),
  };
}

function content(format: Format, source: ExportSource, name?: string): string {
  const files = exportFiles(format, source);
  return (name ? files.find((f) => f.name === name) : files[0])!.content;
}

const views: Array<[string, ViewState]> = [
  ['the whole seed', view()],
  ['a filtered view', viewFromQuery('country=by&from=2024&kind=meeting,cooperation', seedGraph()).view],
  ['a view with dragged nodes', view({ pinned: { kp: { x: 500, y: -40 } } })],
];

describe.each(views)('export of %s', (_name, v) => {
  const source = seedSource(v);
  const expected = expectedCounts(source);

  it('writes GEXF that graphology reads back with the right nodes, edges and attributes', () => {
    const g = parseGexf(MultiGraph, content('gexf', source));
    expect(g.order).toBe(expected.nodes);
    expect(g.size).toBe(expected.edges);
    const first = expected.selection.relations[0];
    const edge = g.findEdge((_k, a) => a.relation === first.id)!;
    expect(g.getEdgeAttribute(edge, 'status')).toBe(first.status);
    for (const [id, at] of expected.selection.entityAt) {
      expect(g.getNodeAttribute(id, 'x')).toBeCloseTo(at.x, 1);
      expect(g.getNodeAttribute(id, 'y')).toBeCloseTo(-at.y, 1); // Gephi's y points up
    }
  });

  it('writes GraphML that graphology reads back with the right nodes, edges and positions', () => {
    const g = parseGraphml(MultiGraph, content('graphml', source));
    expect(g.order).toBe(expected.nodes);
    expect(g.size).toBe(expected.edges);
    for (const [id, at] of expected.selection.entityAt) expect(g.getNodeAttribute(id, 'x')).toBeCloseTo(at.x, 1);
    const dated = expected.selection.relations.find((r) => typeof r.date === 'object');
    if (dated && typeof dated.date === 'object') {
      const edge = g.findEdge((_k, a) => a.relation === dated.id)!;
      expect([g.getEdgeAttribute(edge, 'start'), g.getEdgeAttribute(edge, 'end')]).toEqual([dated.date.start, dated.date.end]);
    }
  });

  it('writes three CSV tables: a row per entity, per relation and per quote', () => {
    const entities = readCsv(content('csv', source, 'entities.csv'));
    const relations = readCsv(content('csv', source, 'relations.csv'));
    const evidence = readCsv(content('csv', source, 'evidence.csv'));
    expect(entities.length - 1).toBe(expected.selection.entities.length);
    expect(relations.length - 1).toBe(expected.selection.relations.length);
    expect(evidence.length - 1).toBe(expected.quotes);
    // Each quote comes back exactly, commas, quotes and all.
    const quoteAt = evidence[0].indexOf('quote');
    expect(evidence.slice(1).map((r) => r[quoteAt])).toEqual(expected.selection.relations.flatMap((r) => r.evidence.map((e) => e.quote)));
  });

  it('writes FollowTheMoney entities that the model accepts', () => {
    const lines = content('ftm', source).trimEnd().split('\n');
    const entities = lines.map((l) => JSON.parse(l) as FtmEntity);
    expect(ftmProblems(entities)).toEqual([]);
    const relationIds = new Set(expected.selection.relations.map((r) => `entente-${r.id}`));
    expect(entities.filter((e) => relationIds.has(e.id))).toHaveLength(expected.selection.relations.length);
  });

  it('writes Entente JSON that validates and survives a round trip unchanged', () => {
    const json = content('json', source);
    const result = validateGraph('export.json', JSON.parse(json), () => undefined);
    expect(result.problems).toEqual([]);
    const reread = result.graph as Graph;
    const again = exportFiles('json', { ...source, graph: reread, texts: new Map(), view: view({ pinned: v.pinned }) })[0].content;
    expect(again).toBe(json);
  });
});

describe('Entente JSON', () => {
  it('of the whole graph is the data file itself, with the article texts inline', () => {
    const source = seedSource();
    const exported = JSON.parse(content('json', source));
    const original = seedGraph();
    expect(exported).toEqual({ ...original, articles: original.articles.map((a) => ({ ...a, text: seedText(a.id) })) });
  });
});

describe('a view', () => {
  it('exports exactly what the app shows for the same link', () => {
    const graph = seedGraph();
    const { view: v, ignored } = viewFromQuery('?country=by&from=2024&nope=1', graph);
    expect(ignored.map((i) => i.param)).toEqual(['nope']);
    const shown = visibleElements(graph, v);
    const s = selectView(seedSource(v));
    expect(new Set(s.relations.map((r) => r.id))).toEqual(new Set(shown.relations));
    for (const id of shown.entities) expect(s.entities.some((e) => e.id === id)).toBe(true);
    expect(s.query).toBe('?country=by&from=2024');
  });

  it('draws only the visible entities, but the JSON keeps a person’s country and a speaker, so it stays valid', () => {
    const graph = seedGraph();
    const v = viewFromQuery('country=by&from=2024', graph).view;
    const source = seedSource(v);
    const s = selectView(source);
    expect(new Set(s.entities.map((e) => e.id))).toEqual(new Set(visibleElements(graph, v).entities));
    expect(s.context.length).toBeGreaterThan(0);
    const json = JSON.parse(content('json', source)) as Graph;
    const ids = new Set(json.entities.map((e) => e.id));
    for (const e of json.entities) if (e.country) expect(ids.has(e.country)).toBe(true);
    for (const r of json.relations) for (const ev of r.evidence) if (ev.speaker) expect(ids.has(ev.speaker)).toBe(true);
  });
});

describe('FollowTheMoney validation', () => {
  it('reports a wrong reference, an unknown property and a bad date', () => {
    const bad: FtmEntity[] = [
      { id: 'p', schema: 'Person', properties: { name: ['A'], shoeSize: ['9'] } },
      { id: 'l', schema: 'UnknownLink', properties: { subject: ['p'], object: ['missing'], startDate: ['July'] } },
      { id: 'o', schema: 'Occupancy', properties: { holder: ['p'], post: ['p'] } },
    ];
    const problems = ftmProblems(bad).join('\n');
    expect(problems).toMatch(/p \(Person\): no property shoeSize/);
    expect(problems).toMatch(/object: refers to "missing"/);
    expect(problems).toMatch(/startDate: "July" is not a date/);
    expect(problems).toMatch(/post: a Person is not a Position/);
  });

  it('maps a generated graph of every kind and status to valid entities', () => {
    const graph = generateGraph({ entities: 300, relations: 900, seed: 7 });
    const s = selectView({ graph, texts: new Map(), view: view(), layout: {} });
    const entities = toFtm(s);
    expect(ftmProblems(entities)).toEqual([]);
    expect(new Set(entities.map((e) => e.schema))).toEqual(new Set(['LegalEntity', 'Person', 'Organization', 'Position', 'Occupancy', 'UnknownLink', 'Event', ...(graph.entities.some((e) => e.kind === 'place') ? ['Address'] : [])]));
  }, 30_000); // under a second alone; the machine's other jobs can stretch it
});
