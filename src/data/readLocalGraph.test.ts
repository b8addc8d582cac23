import { describe, expect, it } from 'vitest';
import { readLocalGraph } from './readLocalGraph';
import { seedGraph, seedText, view } from '../test/fixtures';
import { selectionGraph, selectView } from '../export/selection';
import { ententeJson } from '../export/formats';

const ARTICLE = 'nk-belarus-2024-07-24';

function seedWithTextsInline(): Record<string, any> {
  const graph = JSON.parse(JSON.stringify(seedGraph()));
  for (const a of graph.articles) a.text = seedText(a.id);
  return graph;
}

describe('readLocalGraph', () => {
  it('opens an Entente JSON export as the graph it was exported from: the round trip loses nothing', () => {
    const source = { graph: seedGraph(), texts: new Map([[ARTICLE, seedText(ARTICLE)]]), view: view(), layout: {}, dataFile: 'data/graph.json' };
    const exported = ententeJson(selectView(source));
    const read = readLocalGraph('entente.json', exported);
    expect('graph' in read).toBe(true);
    if (!('graph' in read)) return;
    expect(read.graph).toEqual(selectionGraph(selectView(source)));
    expect(read.graph.relations).toHaveLength(seedGraph().relations.length);
    expect(read.graph.entities.map((e) => e.id).sort()).toEqual(seedGraph().entities.map((e) => e.id).sort());
    expect(read.texts.get(ARTICLE)).toBe(seedText(ARTICLE));
  });

  it('opens a filtered export with just what the filters showed', () => {
    const source = { graph: seedGraph(), texts: new Map([[ARTICLE, seedText(ARTICLE)]]), view: view({ countries: ['by'] }), layout: {}, dataFile: 'data/graph.json' };
    const selection = selectView(source);
    const read = readLocalGraph('by.json', ententeJson(selection));
    if (!('graph' in read)) throw new Error(JSON.stringify(read.problems));
    expect(read.graph.relations.length).toBe(selection.relations.length);
    expect(read.graph.relations.length).toBeLessThan(seedGraph().relations.length);
  });

  it('names the file and the field when a value is wrong', () => {
    const graph = seedWithTextsInline();
    graph.relations[2].kind = 'friendship';
    const read = readLocalGraph('mine.json', JSON.stringify(graph));
    expect('problems' in read && read.problems[0]).toMatchObject({ file: 'mine.json', path: 'relations[2].kind' });
  });

  it('says the file is not JSON, naming it', () => {
    const read = readLocalGraph('notes.json', '{"version": 1,');
    expect('problems' in read && read.problems).toEqual([{ file: 'notes.json', path: '(root)', message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it('refuses a file whose texts are not inline: there is nothing beside a local file to fetch them from', () => {
    const read = readLocalGraph('graph.json', JSON.stringify(seedGraph()));
    expect('problems' in read && read.problems[0]).toMatchObject({ file: 'graph.json', message: `the text of article "${ARTICLE}" could not be loaded` });
  });

  it('refuses a quote that does not match its inline text', () => {
    const graph = seedWithTextsInline();
    graph.relations[0].evidence[0].quote = 'something else entirely';
    const read = readLocalGraph('edited.json', JSON.stringify(graph));
    expect('problems' in read && read.problems[0]).toMatchObject({ file: 'edited.json', path: 'relations[0].evidence[0].quote' });
  });
});
