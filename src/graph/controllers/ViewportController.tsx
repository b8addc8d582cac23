/**
 * Camera: open on the link's camera, or fit the visible graph, labels included, when the
 * instance is ready (on a phone too: minor labels give way instead, LabelDeclutterController),
 * clear of the graph toolbar; keep the canvas
 * sized to its box, and bring a selection made elsewhere (list, search, sidebar link) into
 * the part of the canvas not covered by the details sheet.
 */
import { useEffect } from 'react';
import type { Collection, Core, NodeCollection } from 'cytoscape';
import { ENTITY_STYLES } from '../../ui/styleConstants';
import { useStore } from '../../state/store';
import { elementsOf } from '../select';
import { markReady } from '../testHandle';
import { ADDED_EVENT } from '../elementSync';
import { CANVAS_CAMERA_GESTURES, USER_CAMERA_EVENT, viewForBox, viewportFor } from '../camera';
import type { Point } from '../../state/viewState';

/**
 * Below this zoom the first view is not refined to the measured labels: at a corpus's fitted
 * zoom most labels are dropped (LabelDeclutterController) and measuring them would only shrink
 * the picture.
 */
const REFINE_FROM = 0.3;

/** Nodes above which Fit frames node centres instead of measured boxes (see centredView). */
const MEASURE_FIT_BELOW = 150;
/** Room for a label around a node's centre in an article's first view (labels hang below, up to 150 wide). */
const LABEL_ROOM = 80;

export function fitVisible(cy: Core, animate = false) {
  const shown = cy.elements().not('.filtered');
  if (shown.empty()) return;
  const target = shown.nodes().length >= MEASURE_FIT_BELOW ? centredView(cy, positionsOf(shown.nodes()), nodeRoom()) : viewForBox(cy, shown.boundingBox());
  if (animate) cy.animate(target, { duration: 250 });
  else cy.viewport(target);
}




const positionsOf = (nodes: NodeCollection): Point[] => nodes.map((n) => n.position());
const nodeRoom = () => Math.max(...Object.values(ENTITY_STYLES).map((s) => Math.max(s.width, s.height)));

/**
 * The viewport framing these nodes' centres with `room` around each, at no less than
 * `minZoom`. Cytoscape's own fit measures every element's box, labels included: a whole
 * restyle before the first frame (and, for an article, again once label sizes follow the zoom).
 */
function centredView(cy: Core, points: Iterable<Point>, room: number, minZoom = cy.minZoom()): { zoom: number; pan: { x: number; y: number } } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  return viewForBox(cy, { x1: x1 - room, y1: y1 - room, x2: x2 + room, y2: y2 + room }, minZoom);
}

/**
 * A link that names a camera opens there. Otherwise a large graph opens on the whole picture
 * (its hubs labelled), framed from the layout before any element is in the canvas; the user
 * zooms into detail. An article or a corpus opens fitted to its nodes.
 */
/** `onFramed`: told each time the first view is set or refined (the refinement comes frames later). */
function initialView(cy: Core, largeGraphPoints: readonly Point[] | undefined, onFramed: () => void = () => {}) {
  const camera = useStore.getState().view.camera;
  if (camera) {
    cy.viewport(viewportFor(cy, camera));
    return;
  }
  if (largeGraphPoints) {
    if (largeGraphPoints.length) cy.viewport(centredView(cy, largeGraphPoints, nodeRoom()));
    return;
  }
  const shown = cy.nodes().not('.filtered');
  if (shown.empty()) return;
  // Every node in the picture, however many stories: minor labels give way before they overlap.
  const fitted = centredView(cy, positionsOf(shown), LABEL_ROOM);
  cy.viewport(fitted);
  if (fitted.zoom >= REFINE_FROM) refineToLabels(cy, REFINE_PASSES, onFramed);
}

/** Measuring twice: label sizes follow the zoom (LabelController), so the first measure is a little off. */
const REFINE_PASSES = 2;

/**
 * Once labels are sized for the first view (a frame later), frame the measured boxes, labels
 * included, so no name is cut at the canvas edge. Unless the user has moved the camera meanwhile.
 */
function refineToLabels(cy: Core, passes: number, onFramed: () => void) {
  const expected = { zoom: cy.zoom(), ...cy.pan() };
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const pan = cy.pan();
      if (cy.destroyed() || cy.zoom() !== expected.zoom || pan.x !== expected.x || pan.y !== expected.y) return;
      const shown = cy.elements().not('.filtered');
      if (shown.empty()) return;
      const measured = viewForBox(cy, shown.boundingBox());
      if (measured.zoom < REFINE_FROM) return;
      cy.viewport(measured);
      onFramed();
      if (passes > 1) refineToLabels(cy, passes - 1, onFramed);
    }),
  );
}

/** The canvas height left visible above an overlaid details sheet (a phone's bottom sheet). */
function uncoveredHeight(cy: Core): number {
  const container = cy.container();
  const sheet = document.querySelector<HTMLElement>('[data-details-sheet]');
  if (!container || !sheet || getComputedStyle(sheet).position !== 'fixed') return cy.height();
  const top = container.getBoundingClientRect().top;
  return Math.max(80, Math.min(cy.height(), sheet.getBoundingClientRect().top - top));
}

/** Pans the shown part of `eles` to the middle of the uncovered canvas, unless it is all in view already (or, larger than the canvas, partly in view). */
export function panIntoView(cy: Core, eles: Collection) {
  const shown = eles.not('.filtered');
  if (shown.empty()) return;
  const box = shown.renderedBoundingBox();
  const height = uncoveredHeight(cy);
  const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= height;
  if (inView) return;
  // Larger than the canvas and already partly on it (a long relation clicked where it leaves the
  // view, e.g. a large graph's stub): centring its middle would show neither end, so stay.
  const fits = box.x2 - box.x1 <= cy.width() && box.y2 - box.y1 <= height;
  const partly = box.x2 > 0 && box.y2 > 0 && box.x1 < cy.width() && box.y1 < height;
  if (!fits && partly) return;
  const cx = (box.x1 + box.x2) / 2;
  const cyMid = (box.y1 + box.y2) / 2;
  cy.animate({ panBy: { x: cy.width() / 2 - cx, y: height / 2 - cyMid } }, { duration: 250 });
}

/** `largeGraphPoints`: for a large graph, where the visible entities are in the layout (the first view frames them). */
export function ViewportController({ cy, largeGraphPoints }: { cy: Core; largeGraphPoints?: readonly Point[] }) {
  const selected = useStore((s) => s.view.selected);

  useEffect(() => {
    // The viewport the app last framed: a resize re-frames only if nothing else has moved it since.
    let framed = { zoom: cy.zoom(), ...cy.pan() };
    const remember = () => void (framed = { zoom: cy.zoom(), ...cy.pan() });
    initialView(cy, largeGraphPoints, remember);
    remember();
    // Ready (and the first frame timed) once there is something to draw.
    const ready = () => markReady(cy);
    if (cy.nodes().nonempty()) ready();
    else cy.one(ADDED_EVENT, ready);
    const container = cy.container();
    if (!container || typeof ResizeObserver === 'undefined') return () => void cy.removeListener(ADDED_EVENT, ready);
    // Cytoscape caches where its container is on the page. Panels opening above it (filters
    // on a phone) move it without resizing it, but they do grow the page: watch that too.
    // Panels that arrive after the first frame (the timeline, the details) resize the canvas, and
    // Cytoscape keeps the pan: the first view would slide off-centre. Until the user moves the
    // camera or picks something, the first view is framed again for the new size.
    // Touched too when anything else moved the camera since the first view was framed (a link's
    // camera arriving with Back, a test's or an extension's call): only the app's own framing is redone.
    let touched = false;
    const touch = () => void (touched = true);
    const movedSinceFramed = () => {
      const pan = cy.pan();
      return Math.abs(cy.zoom() - framed.zoom) > 1e-9 || Math.abs(pan.x - framed.x) > 0.5 || Math.abs(pan.y - framed.y) > 0.5;
    };
    cy.on(`${CANVAS_CAMERA_GESTURES} ${USER_CAMERA_EVENT}`, touch);
    const unsubscribe = useStore.subscribe((s, before) => {
      // A selection, or the keyboard walk bringing a node into view, is the user's too.
      if (s.view.selected !== before.view.selected || s.keyFocus !== before.keyFocus) touched = true;
    });
    const onResize = () => {
      const [width, height] = [cy.width(), cy.height()];
      cy.resize();
      if (touched || movedSinceFramed() || (cy.width() === width && cy.height() === height)) return;
      initialView(cy, largeGraphPoints, remember);
      remember();
    };
    const observer = new ResizeObserver(onResize);
    observer.observe(container);
    const page = document.getElementById('root')?.firstElementChild;
    if (page) observer.observe(page);
    // And before every press, so a tap right after the page moved still lands where it points.
    const renderer = (cy as unknown as { renderer?: () => { invalidateContainerClientCoordsCache?: () => void } }).renderer?.();
    const invalidate = () => renderer?.invalidateContainerClientCoordsCache?.();
    const host = container.parentElement;
    const presses = ['mousedown', 'touchstart', 'pointerdown'] as const;
    presses.forEach((type) => host?.addEventListener(type, invalidate, { capture: true, passive: true }));
    return () => {
      cy.removeListener(ADDED_EVENT, ready);
      cy.removeListener(`${CANVAS_CAMERA_GESTURES} ${USER_CAMERA_EVENT}`, touch);
      unsubscribe();
      observer.disconnect();
      presses.forEach((type) => host?.removeEventListener(type, invalidate, { capture: true }));
    };
    // The first view is framed once per instance, not again when the filters change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- largeGraphPoints is read once, on purpose
  }, [cy]);

  useEffect(() => {
    if (!selected) return;
    // Wait a frame: the sheet may have just opened.
    const frame = requestAnimationFrame(() => panIntoView(cy, elementsOf(cy, selected)));
    return () => cancelAnimationFrame(frame);
  }, [cy, selected]);

  return null;
}
