import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/schema';
import { STYLESHEET } from './stylesheet';
import { CORROBORATED_WIDTH, ENTITY_STYLES, FAN_STEP, HUB_STYLE, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { buildElements, entityNodeId, hubNodeId, relationEdgeId } from './elements';
import { graphOf, seedGraph } from '../test/fixtures';

const styleOf = (selector: string) => STYLESHEET.filter((b) => b.selector === selector).map((b) => b.style as Record<string, unknown>);

describe('style mapping', () => {
  it('every relation kind has its own colour', () => {
    const colours = RELATION_KINDS.map((k) => RELATION_KIND_STYLES[k].color);
    expect(new Set(colours).size).toBe(RELATION_KINDS.length);
    for (const k of RELATION_KINDS) expect(styleOf(`edge.kind-${k}`)[0]['line-color']).toBe(RELATION_KIND_STYLES[k].color);
  });

  it('every status draws a different line', () => {
    const signature = (s: (typeof STATUSES)[number]) => JSON.stringify([STATUS_STYLES[s].dash ?? 'solid', !!STATUS_STYLES[s].struck]);
    expect(new Set(STATUSES.map(signature)).size).toBe(STATUSES.length);
    expect(styleOf('edge.status-reported')[0]['line-style']).toBe('solid');
    expect(styleOf('edge.status-intent')[0]['line-style']).toBe('dashed');
    expect(styleOf('edge.status-forecast')[0]['line-cap']).toBe('round');
    const denied = Object.assign({}, ...styleOf('edge.status-denied'));
    expect(denied['mid-source-arrow-shape']).toBe('tee');
  });

  it('every entity kind has a style block, organizations and blocs their own shapes', () => {
    for (const k of ENTITY_KINDS) expect(Object.assign({}, ...styleOf(`node.${k}`)).shape).toBe(ENTITY_STYLES[k].shape);
    expect(ENTITY_STYLES.organization.shape).not.toBe(ENTITY_STYLES.person.shape);
    expect(ENTITY_STYLES.bloc.shape).not.toBe(ENTITY_STYLES.organization.shape);
  });

  it('directed relations get arrows, filtered elements are hidden, not removed', () => {
    expect(styleOf('edge.directed')[0]['target-arrow-shape']).toBe('triangle');
    expect(styleOf('.filtered')[0].display).toBe('none');
  });

  it('a filtered country at the end of an overview link is drawn, fainter; other filtered nodes are not', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: [
        { data: { id: 'kp' }, classes: 'entity country filtered link-end' },
        { data: { id: 'by' }, classes: 'entity country filtered' },
        { data: { id: 'ru' }, classes: 'entity country link-end' },
      ],
    });
    const [kp, by, ru] = ['kp', 'by', 'ru'].map((id) => cy.getElementById(id));
    expect(kp.style('display')).toBe('element');
    expect(Number(kp.style('opacity'))).toBeLessThan(1);
    expect(by.style('display')).toBe('none');
    expect(ru.style('display')).toBe('element');
    expect(Number(ru.style('opacity'))).toBe(1);
    cy.destroy();
  });
});

describe('the centre, readable (issue 12)', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements: buildElements(seedGraph()) });

  it('a hub is a 24 px target with its small dot drawn inside', () => {
    const hub = cy.nodes('.hub').first();
    expect(hub.outerWidth()).toBeGreaterThanOrEqual(24);
    expect(hub.outerHeight()).toBeGreaterThanOrEqual(24);
    expect(HUB_STYLE.target).toBeGreaterThanOrEqual(24);
    // The dot: a one-slice pie HUB_STYLE.size across, in the relation's colour.
    expect(parseFloat(hub.style('pie-size')) * HUB_STYLE.target).toBeCloseTo(100 * HUB_STYLE.size, 0);
    expect(hub.style('pie-1-background-color')).toBe(hub.style('background-color'));
  });

  it('an arrowhead stops at the node or at its label, never on it', () => {
    const directed = cy.edges('.directed').first();
    expect(directed.style('target-endpoint')).toBe('outside-to-node-or-label');
  });

  it('relations between one pair fan out, each arc tagged; a lone relation has no tag', () => {
    const fanned = cy.getElementById(relationEdgeId('choe-hosts-ryzhenkov-banquet'));
    expect(fanned.hasClass('fanned')).toBe(true);
    expect(fanned.style('label')).toBe('23 Jul');
    expect(parseFloat(fanned.style('control-point-step-size'))).toBe(FAN_STEP);
    const lone = cy.getElementById(relationEdgeId('ru-invades-ua'));
    expect(lone.hasClass('fanned')).toBe(false);
    expect(lone.style('label')).toBe('');
  });
});

describe('elements', () => {
  const graph = seedGraph();
  const elements = buildElements(graph);

  it('one node per entity, one edge per binary relation, one hub with spokes per n-ary relation', () => {
    const ids = new Set(elements.map((e) => e.data.id));
    for (const e of graph.entities) expect(ids.has(entityNodeId(e.id))).toBe(true);
    for (const r of graph.relations) {
      if (r.participants.length === 2) expect(ids.has(relationEdgeId(r.id))).toBe(true);
      else {
        expect(ids.has(hubNodeId(r.id))).toBe(true);
        expect(elements.filter((e) => e.data.relationId === r.id && e.group === 'edges')).toHaveLength(r.participants.length);
      }
    }
  });

  it('draws every member of an acting side into the hub, and the hub out to the targets', () => {
    const r = { ...graph.relations.find((x) => x.participants.length === 3)!, id: 'two-act', kind: 'support' as const, directed: true, actors: 2 };
    const spokes = buildElements({ ...graph, relations: [r] }).filter((e) => e.group === 'edges');
    const hub = hubNodeId('two-act');
    expect(spokes.map((s) => (s.data.target === hub ? 'in' : 'out'))).toEqual(['in', 'in', 'out']);
  });

  it('element data holds scalars only (quotes and lists stay in the store)', () => {
    for (const el of elements) for (const value of Object.values(el.data)) expect(['string', 'number', 'boolean']).toContain(typeof value);
  });

  it('no flag before FlagController brings one; people carry their office in the label', () => {
    const kp = elements.find((e) => e.data.id === 'e:kp')!;
    expect(kp.data.flag).toBeUndefined();
    expect(kp.classes).not.toContain('flagged');
    expect(elements.find((e) => e.data.id === 'e:vladimir-putin')!.data.label).toBe('Vladimir Putin\nPresident');
  });
});

describe('label scaling', () => {
  it('scales the label properties and nothing else', async () => {
    const { labelStyle } = await import('./stylesheet');
    const base = labelStyle(16, 150, 1);
    const doubled = labelStyle(16, 150, 2);
    expect(doubled['font-size']).toBe(2 * (base['font-size'] as number));
    expect(doubled['text-max-width']).toBe('300px');
    expect(Object.keys(doubled).sort()).toEqual(['font-size', 'text-background-padding', 'text-halign', 'text-margin-x', 'text-margin-y', 'text-max-width', 'text-valign']);
    // The sheet at rest uses the same sizes.
    const country = Object.assign({}, ...STYLESHEET.filter((b) => b.selector === 'node.country').map((b) => b.style as Record<string, unknown>));
    expect(country['font-size']).toBe(base['font-size']);
  });
});

describe('label sides', () => {
  it('puts the label above, beside or below its node, the margin scaled and pointing away from it', async () => {
    const { labelStyle } = await import('./stylesheet');
    expect(labelStyle(16, 150, 2, 'below')).toMatchObject({ 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 10, 'text-margin-x': 0 });
    expect(labelStyle(16, 150, 2, 'above')).toMatchObject({ 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -10, 'text-margin-x': 0 });
    expect(labelStyle(16, 150, 2, 'right')).toMatchObject({ 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 10 });
    expect(labelStyle(16, 150, 2, 'left')).toMatchObject({ 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -10 });
  });
});

describe('corroboration', () => {
  it('draws a claim two or three+ independent outlets report thicker than any status alone', () => {
    const g = graphOf([{ id: 'a' }, { id: 'b' }], [{ id: 'r', participants: ['a', 'b'] }]);
    const ev = (article: string) => ({ article, start: 0, end: 1, quote: 'x' });
    const articles = ['p1', 'p2', 'p3'].map((id, i) => ({ ...g.articles[0], id, publisher: `Paper ${i}`, agency: i < 2 ? 'Yonhap' : undefined }));
    const two = { ...g, articles, relations: [{ ...g.relations[0], evidence: [ev('p1'), ev('p2'), ev('p3')] }] };
    const wire = { ...g, articles, relations: [{ ...g.relations[0], evidence: [ev('p1'), ev('p2')] }] };
    const classes = (graph: typeof g) => buildElements(graph).find((e) => e.group === 'edges')!.classes;
    expect(classes(two)).toContain('corroborated');
    expect(classes(two)).not.toContain('corroborated-3');
    expect(classes(wire)).not.toContain('corroborated');
    expect(Math.min(...Object.values(CORROBORATED_WIDTH))).toBeGreaterThan(Math.max(...Object.values(STATUS_STYLES).map((s) => s.width)));
  });
});
