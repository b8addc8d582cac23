/**
 * The canvas as one tab stop for the keyboard and screen readers (the pattern of Kibana's and
 * Ogma's accessible graphs): arrow keys walk from the focused element to its neighbours
 * (graph/keyboardWalk.ts), Enter selects it, Escape clears the selection. A polite live region
 * says where the walk is, and only the focused element and its neighbours are mirrored in the
 * DOM, as buttons outside the tab order, so a screen reader can read and pick them without the
 * page growing a tab stop per node.
 */
import { useMemo, useRef, type KeyboardEvent, type FocusEvent } from 'react';
import type { Core } from 'cytoscape';
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import type { Positions } from '../layout/computeLayout';
import type { Selection } from '../state/viewState';
import { useStore } from '../state/store';
import { indexGraph, type GraphIndex } from './graphIndex';
import { entityNodeId, hubNodeId, relationEdgeId } from './elements';
import { zoomToHome } from './camera';
import { describeForReader, directionOfKey, neighboursOf, pickInDirection, startOfWalk, type Point } from './keyboardWalk';

export const GRAPH_KEYS_HELP_ID = 'graph-keys-help';

const sameSelection = (a: Selection | undefined, b: Selection | undefined) => !!a && !!b && a.type === b.type && a.id === b.id;

/** Where an element is drawn, in layout coordinates: from the canvas when it is there, else from the layout. */
function pointOf(cy: Core | null, layout: Positions, index: GraphIndex, sel: Selection): Point | undefined {
  if (sel.type === 'entity') {
    const node = cy?.getElementById(entityNodeId(sel.id));
    return node?.nonempty() ? node.position() : layout[entityNodeId(sel.id)];
  }
  const edge = cy?.getElementById(relationEdgeId(sel.id));
  if (edge?.nonempty() && edge.isEdge()) return edge.midpoint();
  const hub = cy?.getElementById(hubNodeId(sel.id));
  if (hub?.nonempty()) return hub.position();
  if (layout[hubNodeId(sel.id)]) return layout[hubNodeId(sel.id)];
  const ends = (index.relation.get(sel.id)?.participants ?? []).map((p) => pointOf(cy, layout, index, { type: 'entity', id: p })).filter((p) => !!p);
  if (ends.length === 0) return undefined;
  return { x: ends.reduce((s, p) => s + p.x, 0) / ends.length, y: ends.reduce((s, p) => s + p.y, 0) / ends.length };
}

/** Key and focus handlers for the canvas container. */
export function useGraphKeys(cy: Core | null, graph: Graph, layout: Positions | undefined, visible: Visible) {
  const index = indexGraph(graph);
  const keyFocus = useStore((s) => s.keyFocus);
  // Where the walk was when the graph lost focus: coming back resumes there.
  const lastRef = useRef<Selection | undefined>(undefined);

  const isShown = (sel: Selection) => (sel.type === 'entity' ? visible.entities.has(sel.id) : visible.relations.has(sel.id));
  const begin = () => {
    const { view } = useStore.getState();
    const last = lastRef.current && isShown(lastRef.current) ? lastRef.current : undefined;
    return startOfWalk(graph, index, visible, view.selected ?? last) ?? undefined;
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    // A click focuses the container too; the ring and the walk are for the keyboard only.
    if (!e.currentTarget.matches(':focus-visible')) return;
    if (!useStore.getState().keyFocus) useStore.getState().setKeyFocus(begin());
  };
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    lastRef.current = useStore.getState().keyFocus;
    useStore.getState().setKeyFocus(undefined);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const { setKeyFocus, updateView, view } = useStore.getState();
    const current = keyFocus && isShown(keyFocus) ? keyFocus : undefined;
    const direction = directionOfKey(e.key);
    if (direction) {
      e.preventDefault();
      if (!current) return setKeyFocus(begin());
      const from = pointOf(cy, layout ?? {}, index, current);
      const candidates = neighboursOf(index, current, visible)
        .map((item) => ({ item, at: pointOf(cy, layout ?? {}, index, item) }))
        .filter((c): c is { item: Selection; at: Point } => !!c.at);
      const next = from ? pickInDirection(from, candidates, direction) : candidates[0]?.item;
      if (next) setKeyFocus(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const target = current ?? begin();
      if (!target) return;
      setKeyFocus(target);
      // As a click: a country picked on the overview takes the camera to its people.
      if (cy && layout && target.type === 'entity') zoomToHome(cy, graph, layout, target.id);
      if (!sameSelection(view.selected, target)) updateView({ selected: target }, 'push');
    } else if (e.key === 'Escape') {
      if (view.selected) {
        e.preventDefault();
        updateView({ selected: undefined }, 'push');
      }
    }
  };

  return { onFocus, onBlur, onKeyDown };
}

/** The instructions, the live announcement and the mirror of the focused element and its neighbours. */
export function GraphKeyboardText({ graph, visible }: { graph: Graph; visible: Visible }) {
  const index = indexGraph(graph);
  const keyFocus = useStore((s) => s.keyFocus);
  const setKeyFocus = useStore((s) => s.setKeyFocus);
  const updateView = useStore((s) => s.updateView);
  const around = useMemo(() => (keyFocus ? neighboursOf(index, keyFocus, visible) : []), [index, keyFocus, visible]);
  const said = keyFocus ? describeForReader(index, keyFocus, visible) : '';

  return (
    <>
      <p id={GRAPH_KEYS_HELP_ID} className="sr-only">
        Arrow keys move between a country, person or body and its relations, toward the arrow's side of the picture; Enter shows the
        details of the one in focus, Escape clears them. The List tab gives the same content as tables.
      </p>
      <p className="sr-only" role="status" aria-live="polite" data-testid="graph-announcer">
        {said}
      </p>
      {keyFocus && said && (
        <div className="sr-only">
          <button type="button" tabIndex={-1} onClick={() => updateView({ selected: keyFocus }, 'push')}>
            Show details: {said}
          </button>
          {around.length > 0 && (
            <ul aria-label={keyFocus.type === 'entity' ? 'Its relations' : 'Its participants'}>
              {around.map((n) => (
                <li key={`${n.type}:${n.id}`}>
                  <button type="button" tabIndex={-1} onClick={() => setKeyFocus(n)}>
                    {describeForReader(index, n, visible)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
