import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateGraph } from '../generate/generate';
import { visibleElements } from '../filters/visible';
import { view } from '../test/fixtures';
import { layoutInput } from '../layout/computeLayout';
import { clusterLayout } from '../layout/clusterLayout';
import { elementFactory } from './elements';
import { buildScene, DETAIL_ZOOM, LINK_LIMIT } from './elementSet';
import { ADDED_EVENT, ElementSync, LINK_END, linkCount, MAX_FILL_FRAMES, OPENING_SLICE_ELEMENTS, type SyncInputs, type SyncStatus } from './elementSync';
import { indexGraph } from './graphIndex';
import { aggregateLinks, homesOf } from './overview';
import { buildGrid } from './spatialGrid';
import { positionResolver } from './positions';
import { buildStylesheet } from './stylesheet';

const graph = generateGraph({ entities: 1000, relations: 3000, seed: 4 });
const layout = clusterLayout(layoutInput(graph));
const index = indexGraph(graph);
const scene = buildScene(graph, index, homesOf(graph), buildGrid(new Map(graph.entities.map((e) => [e.id, layout[`e:${e.id}`]]))));
const inputs = (patch: Partial<SyncInputs> = {}): SyncInputs => ({
  scene,
  factory: elementFactory(graph),
  large: true,
  visible: visibleElements(graph, view()),
  positions: positionResolver(graph, layout, {}),
  ...patch,
});

/** Runs queued animation frames until the queue is empty. */
function drainFrames() {
  for (let i = 0; i < 1000 && frames.length; i++) frames.shift()!(0);
}
let frames: FrameRequestCallback[] = [];
let cy: Core;
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  cy = cytoscape({ headless: true, styleEnabled: false });
  // A headless instance has no size; give it a laptop's canvas so the viewport has an extent.
  vi.spyOn(cy, 'width').mockReturnValue(1000);
  vi.spyOn(cy, 'height').mockReturnValue(700);
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
});
afterEach(() => {
  cy.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('element sync', () => {
  it('an article goes in whole at once', () => {
    const small = inputs({ large: false });
    const sync = new ElementSync(cy);
    sync.update(small);
    expect(cy.nodes('.entity').length).toBe(graph.entities.length);
    expect(frames.length).toBe(0);
    sync.dispose();
  });

  it('a large graph opens on its overview, in slices, each announced, nodes where the layout put them', () => {
    const statuses: SyncStatus[] = [];
    const applied = vi.fn();
    const sync = new ElementSync(cy, { onStatus: (s) => statuses.push(s), onApplied: applied });
    const added = vi.fn();
    cy.on(ADDED_EVENT, added);
    sync.update(inputs());
    // The first elements go in a frame later, in a task of their own.
    expect(cy.elements().length).toBe(0);
    expect(frames.length).toBe(1);
    frames.shift()!(0);
    expect(statuses[0].mode).toBe('overview');
    expect(applied).not.toHaveBeenCalled();
    expect(added).toHaveBeenCalledTimes(1);
    // A small first slice: the frame that draws it is the opening's longest task.
    expect(cy.elements().length).toBeGreaterThan(0);
    // (Added in chunks of 50, so up to one chunk more.)
    expect(cy.elements().length).toBeLessThan(OPENING_SLICE_ELEMENTS + 50);
    drainFrames();
    expect(applied).toHaveBeenCalledTimes(1);
    expect(cy.nodes().length).toBe(scene.anchors.length);
    expect(cy.edges('.link').length).toBe(statuses[0].links);
    expect(cy.edges('.rel').length).toBe(0);
    // One announcement per slice.
    expect(added.mock.calls.length).toBeGreaterThan(1);
    expect(added.mock.calls.length).toBeLessThan(10);
    const ru = cy.getElementById(`e:${scene.anchors[0]}`);
    expect(ru.position()).toEqual(layout[`e:${scene.anchors[0]}`]);
    sync.dispose();
  });

  it('a long fill takes a bounded number of frames however slowly the canvas draws (each frame redraws all that is in)', () => {
    const sync = new ElementSync(cy);
    sync.update(inputs());
    drainFrames();
    const added = vi.fn();
    cy.on(ADDED_EVENT, added);
    // A filter that leaves a couple of thousand elements: all of them go in.
    const visible = visibleElements(graph, view({ kinds: ['meeting'] }));
    expect(visible.entities.size + visible.relations.size).toBeGreaterThan(1200);
    sync.update(inputs({ visible }));
    // Frames 250 ms apart: drawing alone outlasts the frame budget, which would shrink the slices to their minimum.
    // (The slices' own work is timed as instant: on a busy test machine a slice's time limit would add frames.)
    vi.spyOn(performance, 'now').mockReturnValue(0);
    let now = 0;
    for (let i = 0; i < 1000 && frames.length; i++) frames.shift()!((now += 250));
    expect(cy.elements().length).toBeGreaterThan(1200);
    expect(added.mock.calls.length).toBeLessThanOrEqual(1 + MAX_FILL_FRAMES);
    sync.dispose();
  });

  it('a link that names a camera close up opens a large graph in detail there, with no overview first', () => {
    const statuses: SyncStatus[] = [];
    const sync = new ElementSync(cy, { onStatus: (s) => statuses.push(s) });
    const anchor = layout[`e:${scene.anchors[0]}`];
    const zoom = DETAIL_ZOOM * 2;
    sync.update(inputs({ openedOnCamera: true }));
    // ViewportController frames the link's camera before the first pass runs.
    cy.viewport({ zoom, pan: { x: 500 - anchor.x * zoom, y: 350 - anchor.y * zoom } });
    drainFrames();
    expect(statuses.map((s) => s.mode)).toEqual(['detail']);
    expect(cy.edges('.link').length).toBe(0);
    expect(cy.edges('.rel').length).toBeGreaterThan(0);
    sync.dispose();
  });

  it('without a camera in the link, the same first view opens on the overview', () => {
    const statuses: SyncStatus[] = [];
    const sync = new ElementSync(cy, { onStatus: (s) => statuses.push(s) });
    sync.update(inputs());
    cy.viewport({ zoom: DETAIL_ZOOM * 2, pan: { x: 0, y: 0 } });
    frames.shift()!(0);
    expect(statuses[0].mode).toBe('overview');
    sync.dispose();
  });

  it('zooming into detail brings the relations around the camera, zooming out takes them away', () => {
    const sync = new ElementSync(cy);
    sync.update(inputs());
    drainFrames();
    const anchor = layout[`e:${scene.anchors[0]}`];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const zoom = DETAIL_ZOOM * 2;
    cy.viewport({ zoom, pan: { x: 500 - anchor.x * zoom, y: 350 - anchor.y * zoom } });
    drainFrames();
    expect(cy.edges('.link').length).toBe(0);
    expect(cy.edges('.rel').length).toBeGreaterThan(0);
    for (const e of cy.edges()) expect(e.source().inside() && e.target().inside()).toBe(true);
    const people = () => cy.nodes('.person').map((n) => n.id()).sort().join();
    const here = people();
    expect(here).not.toBe('');
    // Pan within detail: the update waits for the camera to rest, then follows it.
    cy.panBy({ x: 3000, y: 0 });
    drainFrames();
    expect(people()).toBe(here);
    vi.advanceTimersByTime(200);
    drainFrames();
    expect(people()).not.toBe(here);
    vi.useRealTimers();
    cy.viewport({ zoom: DETAIL_ZOOM / 4, pan: { x: 0, y: 0 } });
    drainFrames();
    expect(cy.edges('.rel').length).toBe(0);
    expect(cy.nodes().length).toBe(scene.anchors.length);
    expect(cy.edges('.link').length).toBeGreaterThan(0);
    sync.dispose();
  });

  it('a filter change updates the links in place and removes what no longer counts', () => {
    const sync = new ElementSync(cy);
    sync.update(inputs());
    drainFrames();
    cy.zoom(DETAIL_ZOOM / 4);
    const before = cy.edges('.link').map((e) => [e.id(), linkCount(e)]);
    // Still crowded (an overview), with fewer relations behind each link.
    sync.update(inputs({ visible: visibleElements(graph, view({ kinds: ['meeting', 'cooperation', 'support', 'alliance', 'role'] })) }));
    drainFrames();
    const after = new Map(cy.edges('.link').map((e) => [e.id(), linkCount(e)!]));
    expect(after.size).toBeGreaterThan(0);
    expect(before.some(([id, count]) => after.has(id as string) && after.get(id as string)! < (count as number))).toBe(true);
    expect(cy.nodes().length).toBe(scene.anchors.length);
    sync.dispose();
  });

  it('a filter change restyles only the links whose weight or colour moved, not every link whose count did', () => {
    // With style on (the others run without): Cytoscape restyles an element whose data or scratch is set.
    cy.destroy();
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(true) });
    const sync = new ElementSync(cy);
    sync.update(inputs());
    drainFrames();
    cy.zoom(DETAIL_ZOOM / 4);
    const weights = new Map(cy.edges('.link').map((e) => [e.id(), `${e.data('w')} ${e.data('kind')}`]));
    const counts = new Map(cy.edges('.link').map((e) => [e.id(), linkCount(e)]));
    const restyled = new Set<string>();
    cy.on('style', 'edge.link', (e) => void restyled.add(e.target.id()));
    sync.update(inputs({ visible: visibleElements(graph, view({ kinds: ['meeting', 'cooperation', 'support', 'alliance', 'role'] })) }));
    drainFrames();
    const kept = cy.edges('.link').filter((e) => weights.get(e.id()) === `${e.data('w')} ${e.data('kind')}`);
    const recounted = kept.filter((e) => linkCount(e) !== counts.get(e.id()));
    expect(recounted.length).toBeGreaterThan(0);
    expect(recounted.filter((e) => restyled.has(e.id())).map((e) => e.id())).toEqual([]);
    sync.dispose();
  });

  it('in the overview, a country the filters leave out stays on the canvas as the end of its links', () => {
    const all = visibleElements(graph, view());
    // A country left out by the filters while people of it are still in (as a country filter
    // does to the countries its people deal with).
    const country = graph.entities.find((e) => e.kind === 'country' && graph.entities.some((p) => p.country === e.id && all.entities.has(p.id)))!;
    const visible = { ...all, entities: new Set([...all.entities].filter((id) => id !== country.id)) };
    const sync = new ElementSync(cy);
    sync.update(inputs({ visible }));
    drainFrames();
    cy.zoom(DETAIL_ZOOM / 4);
    const node = cy.getElementById(`e:${country.id}`);
    expect(node.connectedEdges('.link').nonempty()).toBe(true);
    expect(node.hasClass(LINK_END)).toBe(true);
    // Only link ends the filters leave out are marked (a mark on a shown node would restyle it at
    // every brush step for nothing), and the mark follows the links.
    expect(cy.nodes(`.${LINK_END}`).map((n) => n.id())).toEqual([`e:${country.id}`]);
    expect(cy.nodes(`.${LINK_END}`).filter((n) => n.connectedEdges('.link').empty()).length).toBe(0);
    sync.update(inputs({ visible: { ...visible, relations: new Set() } }));
    drainFrames();
    expect(cy.nodes(`.${LINK_END}`).length).toBe(0);
    sync.dispose();
  });

  it('a filter step that keeps the same link ends left out restyles none of them', () => {
    cy.destroy();
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(true) });
    const all = visibleElements(graph, view());
    const country = graph.entities.find((e) => e.kind === 'country' && graph.entities.some((p) => p.country === e.id && all.entities.has(p.id)))!;
    const leftOut = () => ({ ...all, entities: new Set([...all.entities].filter((id) => id !== country.id)) });
    const sync = new ElementSync(cy);
    sync.update(inputs({ visible: leftOut() }));
    drainFrames();
    cy.zoom(DETAIL_ZOOM / 4);
    drainFrames();
    expect(cy.nodes(`.${LINK_END}`).map((n) => n.id())).toEqual([`e:${country.id}`]);
    const restyled: string[] = [];
    cy.on('style', 'node', (e) => void restyled.push(e.target.id()));
    sync.update(inputs({ visible: leftOut() }));
    drainFrames();
    expect(restyled).toEqual([]);
    sync.dispose();
  });

  it('a filter never moves a node that stays, and what arrives lands where the layout put it', () => {
    const sync = new ElementSync(cy);
    sync.update(inputs());
    drainFrames();
    const zoom = DETAIL_ZOOM * 2;
    const anchor = layout[`e:${scene.anchors[1]}`];
    cy.viewport({ zoom, pan: { x: 500 - anchor.x * zoom, y: 350 - anchor.y * zoom } });
    drainFrames();
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    for (const filter of [view({ kinds: ['meeting', 'conflict'] }), view({ countries: [scene.anchors[1]] }), view({ from: '2010', to: '2015' })]) {
      sync.update(inputs({ visible: visibleElements(graph, filter) }));
      drainFrames();
      for (const n of cy.nodes()) {
        if (before.has(n.id())) expect(n.position(), n.id()).toEqual(before.get(n.id()));
        expect(n.position(), n.id()).toEqual(layout[n.id()]);
      }
    }
    sync.dispose();
  });

  it('a filter that leaves a few hundred elements shows them all once they can be seen; zoomed out, the links they make', () => {
    const sync = new ElementSync(cy);
    const one = visibleElements(graph, view({ countries: [scene.anchors[0]] }));
    sync.update(inputs({ visible: one }));
    drainFrames();
    // Zoomed out (the world view), people and relations would be specks: the countries and the links the filtered relations make.
    cy.viewport({ zoom: DETAIL_ZOOM / 4, pan: { x: 0, y: 0 } });
    drainFrames();
    expect(cy.edges('.rel').length).toBe(0);
    expect(cy.edges('.link').length).toBeGreaterThan(0);
    // The links count the filtered relations only: what the overview's aggregation of them gives.
    const drawn = new Map(cy.edges('.link').map((e) => [e.id(), linkCount(e)]));
    const expected = aggregateLinks(graph, scene.homes, { ...one, matches: new Set() }, LINK_LIMIT).shown;
    expect(drawn).toEqual(new Map(expected.map((l) => [l.id, l.count])));
    // Zoomed in: every one of them, wherever the camera is.
    cy.viewport({ zoom: DETAIL_ZOOM * 2, pan: { x: 0, y: 0 } });
    drainFrames();
    for (const id of one.relations) expect(cy.getElementById(`r:${id}`).nonempty() || cy.getElementById(`h:${id}`).nonempty(), id).toBe(true);
    expect(cy.edges('.link').length).toBe(0);
    sync.dispose();
  });
});
