/**
 * A large graph's lines whose far end is off-screen are drawn as stubs pointing to it
 * (graph/edgeStubs.ts decides which, and how short): the classes `stub-s` / `stub-t` say which
 * end is cut, the data `stubCut` by how much (stylesheet.ts). Lines that arrive are decided at
 * once, before they are first drawn, with the camera they arrive for; all the lines again once
 * the camera rests, when the selection changes and when nodes move. Only the lines whose state
 * changes are touched: each change restyles the line, and any change makes Cytoscape redraw the
 * whole picture instead of its cached texture, which a pan in progress would pay.
 */
import { useEffect } from 'react';
import type { Collection, Core, EdgeCollection, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import { ADDED_EVENT } from '../elementSync';
import { setClass } from '../classes';
import { edgeStubs, STUB_CUT, STUB_TO_SOURCE, STUB_TO_TARGET, type EdgeEnd, type StubState } from '../edgeStubs';

/**
 * The camera is at rest after this long without a move. Just after ElementSync's own rest
 * (120 ms), which brings the detail around the new camera, so both changes land in one redraw.
 */
const SETTLE_MS = 150;
/** A cut that moved less than this (model units) is left as it is: no restyle for nothing. */
const CUT_SLACK = 0.5;

function endOf(node: NodeSingular): EdgeEnd {
  const { x, y } = node.position();
  return { x, y, r: node.width() / 2 };
}

/** The length of the stub a line is drawn as now (model units), kept in scratch: it is not style. */
const LENGTH_KEY = 'entente.stubLength';

function setState(edge: EdgeSingular, state: StubState) {
  const far = state === 'whole' ? undefined : state.far;
  if (state === 'whole') edge.removeScratch(LENGTH_KEY);
  else {
    const old = edge.data(STUB_CUT) as number | undefined;
    if (typeof old !== 'number' || Math.abs(old - state.cut) > CUT_SLACK) edge.data(STUB_CUT, state.cut);
    edge.scratch(LENGTH_KEY, state.length);
  }
  setClass(edge, STUB_TO_SOURCE, far === 'source');
  setClass(edge, STUB_TO_TARGET, far === 'target');
}

/** Decides these lines for the current camera and selection, touching only those that change. */
export function applyStubs(cy: Core, edges: EdgeCollection) {
  if (edges.empty() || cy.destroyed()) return;
  const selected = useStore.getState().view.selected;
  const whole = selected?.type === 'relation' ? selected.id : undefined;
  const byId = new Map<string, EdgeSingular>();
  const ends = edges.map((edge) => {
    byId.set(edge.id(), edge);
    const stubLength = edge.scratch(LENGTH_KEY) as number | undefined;
    return { id: edge.id(), source: endOf(edge.source()), target: endOf(edge.target()), whole: whole !== undefined && edge.data('relationId') === whole, stubLength };
  });
  const states = edgeStubs(ends, cy.extent(), cy.zoom());
  cy.batch(() => states.forEach((state, id) => setState(byId.get(id)!, state)));
}

export function EdgeStubController({ cy }: { cy: Core }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const all = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      applyStubs(cy, cy.edges('.rel'));
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(all, SETTLE_MS);
    };
    // Newcomers are decided in the slice that adds them, so a long line is never drawn first.
    const arrived = (_e: EventObject, eles: Collection) => applyStubs(cy, eles.edges('.rel'));
    // The selected relation is drawn whole; the one it replaces goes back to being a stub.
    const unsubscribe = useStore.subscribe((s, before) => {
      if (s.view.selected !== before.view.selected) all();
    });
    all();
    cy.on('viewport', schedule);
    cy.on('position', 'node', schedule);
    cy.on(ADDED_EVENT, arrived);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      cy.removeListener('viewport', schedule);
      cy.removeListener('position', 'node', schedule);
      cy.removeListener(ADDED_EVENT, arrived);
      if (!cy.destroyed()) cy.batch(() => cy.edges(`.${STUB_TO_SOURCE}, .${STUB_TO_TARGET}`).removeClass(`${STUB_TO_SOURCE} ${STUB_TO_TARGET}`));
    };
  }, [cy]);
  return null;
}
