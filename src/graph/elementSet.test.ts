import { describe, expect, it } from 'vitest';
import { generateGraph } from '../generate/generate';
import { visibleElements } from '../filters/visible';
import { view } from '../test/fixtures';
import { layoutInput } from '../layout/computeLayout';
import { clusterLayout } from '../layout/clusterLayout';
import { indexGraph } from './graphIndex';
import { neighbourhood } from './neighbourhood';
import { homesOf } from './overview';
import { buildGrid } from './spatialGrid';
import { buildScene, CROWDED_ABOVE, DETAIL_BUDGET, DETAIL_ZOOM, LINK_LIMIT, MATCH_LIMIT, viewMode, wantedElements } from './elementSet';

const graph = generateGraph({ entities: 1000, relations: 3000, seed: 3 });
const positions = clusterLayout(layoutInput(graph));
const index = indexGraph(graph);
const points = new Map(graph.entities.map((e) => [e.id, positions[`e:${e.id}`]]));
const scene = buildScene(graph, index, homesOf(graph), buildGrid(points));
const everything = visibleElements(graph, view());

describe('which elements a large graph keeps in the canvas', () => {
  it('picks the mode from the size of what is visible and the zoom', () => {
    expect(viewMode(false, everything, 0.01)).toBe('everything');
    expect(everything.entities.size + everything.relations.size).toBeGreaterThan(CROWDED_ABOVE);
    expect(viewMode(true, everything, DETAIL_ZOOM / 2)).toBe('overview');
    expect(viewMode(true, everything, DETAIL_ZOOM)).toBe('detail');
    // A filter that leaves few: all of them once they can be seen, the overview's links until then.
    const one = visibleElements(graph, view({ countries: [scene.anchors[0]] }));
    expect(viewMode(true, one, DETAIL_ZOOM)).toBe('visible');
    expect(viewMode(true, one, 0.01)).toBe('overview');
  });

  it('overview: every anchor (countries, blocs, bodies of no country) and the strongest links, no relation', () => {
    const w = wantedElements({ scene, visible: everything, mode: 'overview' });
    expect(new Set(w.entities)).toEqual(new Set(scene.anchors));
    expect(w.relations).toEqual([]);
    expect(w.links.length).toBe(Math.min(LINK_LIMIT, w.linkPairs));
    for (const id of w.entities) expect(scene.homes.get(id)).toBe(id);
  });

  it('detail: the visible entities inside the box, their relations with all participants, within the budget', () => {
    const [x, y] = [positions[`e:${scene.anchors[0]}`].x, positions[`e:${scene.anchors[0]}`].y];
    const box = { x1: x - 800, y1: y - 500, x2: x + 800, y2: y + 500 };
    const w = wantedElements({ scene, visible: everything, mode: 'detail', box });
    const entities = new Set(w.entities);
    const inside = graph.entities.filter((e) => {
      const p = positions[`e:${e.id}`];
      return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
    });
    expect(inside.length).toBeGreaterThan(5);
    for (const e of inside) expect(entities.has(e.id), e.id).toBe(true);
    for (const id of w.relations) for (const p of index.relation.get(id)!.participants) expect(entities.has(p), `${id} → ${p}`).toBe(true);
    for (const a of scene.anchors) expect(entities.has(a)).toBe(true);
    expect(w.relations.length).toBeGreaterThan(0);
    expect(w.links).toEqual([]);
  });

  it('detail never takes more than its budget from the box, however far out the box reaches', () => {
    const huge = { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 };
    const w = wantedElements({ scene, visible: everything, mode: 'detail', box: huge });
    // Far participants of the last relations may add a few entities over the budget.
    expect(w.entities.length + w.relations.length).toBeLessThanOrEqual(scene.anchors.length + DETAIL_BUDGET + 3);
  });

  it('leaves out what the filters hide', () => {
    const filtered = visibleElements(graph, view({ kinds: ['conflict'] }));
    const huge = { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 };
    const w = wantedElements({ scene, visible: filtered, mode: 'detail', box: huge });
    for (const id of w.relations) expect(index.relation.get(id)!.kind).toBe('conflict');
    const o = wantedElements({ scene, visible: filtered, mode: 'overview' });
    const total = o.links.reduce((s, l) => s + l.count, 0);
    expect(total).toBeLessThanOrEqual(filtered.relations.size * 3);
  });

  it('keeps the selection’s neighbourhood and the search matches in every mode, first', () => {
    const person = graph.entities.find((e) => e.kind === 'person' && (index.relationsOf.get(e.id)?.length ?? 0) > 2)!;
    const focus = neighbourhood(index, { type: 'entity', id: person.id }, everything.relations);
    const w = wantedElements({ scene, visible: everything, mode: 'overview', focus });
    expect(w.entities[0]).toBe(person.id);
    expect(new Set(w.relations)).toEqual(focus.relations);
    const matches = new Set(graph.entities.filter((e) => e.kind === 'organization').slice(0, 5).map((e) => e.id));
    const m = wantedElements({ scene, visible: { ...everything, matches }, mode: 'overview' });
    expect(m.entities.slice(0, 5).sort()).toEqual([...matches].sort());
  });

  it('does not pile a query that matches half the graph onto the overview', () => {
    const matches = new Set(graph.entities.slice(0, MATCH_LIMIT + 1).map((e) => e.id));
    const w = wantedElements({ scene, visible: { ...everything, matches }, mode: 'overview' });
    expect(new Set(w.entities)).toEqual(new Set(scene.anchors));
  });

  it('everything: an article keeps all its elements whatever the filters', () => {
    const none = visibleElements(graph, view({ kinds: ['alliance'], statuses: ['denied'] }));
    const w = wantedElements({ scene, visible: none, mode: 'everything' });
    expect(w.entities.length).toBe(graph.entities.length);
    expect(w.relations.length).toBe(graph.relations.length);
  });
});

describe('a filter that leaves a few thousand', () => {
  it('brings all of them, those in view first', () => {
    const one = visibleElements(graph, view({ countries: [scene.anchors[0]] }));
    const p = positions[`e:${scene.anchors[0]}`];
    const box = { x1: p.x - 300, y1: p.y - 300, x2: p.x + 300, y2: p.y + 300 };
    const w = wantedElements({ scene, visible: one, mode: 'visible', box });
    expect(new Set(w.relations)).toEqual(new Set(one.relations));
    for (const id of one.entities) expect(w.entities).toContain(id);
    const inView = (id: string) => {
      const q = positions[`e:${id}`];
      return q.x >= box.x1 && q.x <= box.x2 && q.y >= box.y1 && q.y <= box.y2;
    };
    const firstOutside = w.entities.findIndex((id) => !inView(id) && !scene.anchors.includes(id));
    const lastInside = w.entities.map((id) => inView(id) && !scene.anchors.includes(id)).lastIndexOf(true);
    expect(lastInside).toBeGreaterThanOrEqual(0);
    expect(lastInside).toBeLessThan(firstOutside);
  });
});
