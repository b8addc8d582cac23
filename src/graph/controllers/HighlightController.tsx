/**
 * Store → classes. Filters hide (class `filtered`; elements stay in the graph, so nothing
 * moves); hovering or selecting emphasises the neighbourhood and fades the rest; a search
 * query marks its matches and, when nothing is hovered or selected, fades the rest too.
 * Hover is transient and never enters the store.
 */
import { useEffect, useRef, useState } from 'react';
import type { Collection, Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { Graph } from '../../model/schema';
import type { Visible } from '../../filters/visible';
import type { Selection } from '../../state/viewState';
import { useStore } from '../../state/store';
import { indexGraph } from '../graphIndex';
import { neighbourhood, type Focus } from '../neighbourhood';
import { ADDED_EVENT } from '../elementSync';
import { spansOf, UNDATED } from '../../model/daySpans';
import { testByPosition } from '../../filters/maskSet';
import { setClass } from '../classes';

function selectionOf(ele: SingularElementArgument): Selection | undefined {
  const entityId = ele.data('entityId') as string | undefined;
  if (entityId) return { type: 'entity', id: entityId };
  const relationId = ele.data('relationId') as string | undefined;
  return relationId ? { type: 'relation', id: relationId } : undefined;
}

const isPicked = (sel: Selection | undefined, s: Selection | undefined) => !!sel && !!s && sel.type === s.type && sel.id === s.id;

/** The visible relations active during a timeline bar (its days), with their participants. */
function activeDuring(graph: Graph, visible: Visible, span: { first: number; last: number }): Focus {
  const spans = spansOf(graph.relations);
  const relations = new Set<string>();
  const entities = new Set<string>();
  const isVisible = testByPosition(visible.relations, graph.relations);
  graph.relations.forEach((r, i) => {
    if (spans.first[i] === UNDATED || spans.last[i] < span.first || spans.first[i] > span.last || !isVisible(i)) return;
    relations.add(r.id);
    for (const p of r.participants) entities.add(p);
  });
  return { entities, relations };
}

export function HighlightController({ cy, graph, visible, large = false }: { cy: Core; graph: Graph; visible: Visible; large?: boolean }) {
  const selected = useStore((s) => s.view.selected);
  const timeHover = useStore((s) => s.timeHover);
  const [hover, setHover] = useState<Selection | undefined>();
  // The classes for the current state, also applied to elements that arrive later (ElementsController).
  const classify = useRef<(eles: Collection) => void>(() => {});

  useEffect(() => {
    const over = (e: EventObject) => setHover(selectionOf(e.target));
    const out = () => setHover(undefined);
    const arrived = (_e: EventObject, eles: Collection) => classify.current(eles);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    cy.on(ADDED_EVENT, arrived);
    const container = cy.container();
    container?.addEventListener('mouseleave', out);
    return () => {
      container?.removeEventListener('mouseleave', out);
      cy.removeListener('mouseover', 'node, edge', over);
      cy.removeListener('mouseout', 'node, edge', out);
      cy.removeListener(ADDED_EVENT, arrived);
    };
  }, [cy]);

  useEffect(() => {
    const index = indexGraph(graph);
    const target = hover ?? selected;
    let focus: Focus | undefined = target ? neighbourhood(index, target, visible.relations) : undefined;
    // Hovering a timeline bar shows what was active then (a node or line under the pointer wins).
    if (!hover && timeHover) focus = activeDuring(graph, visible, timeHover);
    if (!focus && visible.matches.size > 0) focus = { entities: new Set(visible.matches), relations: new Set() };
    // Fading means restyling every element: fine for an article, a stall at thousands. Large
    // graphs emphasise the focus and the matches without fading the rest.
    const fade = !!focus && !large;
    classify.current = (eles) =>
      cy.batch(() => {
        eles.forEach((ele) => {
          const sel = selectionOf(ele);
          if (!sel) return;
          const shown = sel.type === 'entity' ? visible.entities.has(sel.id) : visible.relations.has(sel.id);
          const inFocus = !!focus && (sel.type === 'entity' ? focus.entities.has(sel.id) : focus.relations.has(sel.id));
          // Filters hide (class `filtered`; the element stays, so nothing moves).
          setClass(ele, 'filtered', !shown);
          setClass(ele, 'focus', inFocus);
          setClass(ele, 'faded', fade && !inFocus);
          setClass(ele, 'picked', isPicked(sel, selected));
          setClass(ele, 'match', sel.type === 'entity' && visible.matches.has(sel.id));
        });
      });
    classify.current(cy.elements());
  }, [cy, graph, visible, selected, hover, large, timeHover]);

  return null;
}
