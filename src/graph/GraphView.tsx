/**
 * The graph canvas. The Cytoscape instance is created once by react-cytoscapejs and kept in
 * a ref; it is driven by small renderless controllers (elements, positions, events,
 * highlight, viewport), one concern each, that read the store. ElementsController decides
 * which elements are in the graph — all of an article's; for a large graph, the overview or
 * the detail around the camera — so react-cytoscapejs never diffs elements at all.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import { computeLayout, type Positions } from '../layout/computeLayout';
import { useStore } from '../state/store';
import { MAX_CAMERA_ZOOM } from '../state/viewState';
import { LARGE_STYLESHEET, STYLESHEET } from './stylesheet';
import { isLargeGraph, rendererOptions } from './scale';
import { entityNodeId } from './elements';
import { viewMode } from './elementSet';
import { homesOf } from './overview';
import type { SyncStatus } from './elementSync';
import { ElementsController } from './controllers/ElementsController';
import { OverviewNote } from './OverviewNote';
import { PositionsController } from './controllers/PositionsController';
import { EventsController } from './controllers/EventsController';
import { HighlightController } from './controllers/HighlightController';
import { ViewportController } from './controllers/ViewportController';
import { CameraController } from './controllers/CameraController';
import { LabelController } from './controllers/LabelController';
import { LabelDeclutterController } from './controllers/LabelDeclutterController';
import { LevelOfDetailController } from './controllers/LevelOfDetailController';
import { WheelZoomController } from './controllers/WheelZoomController';
import { OfficeLabelController } from './controllers/OfficeLabelController';
import { FlagController } from './controllers/FlagController';
import { EdgeStubController } from './controllers/EdgeStubController';
import { GraphControls } from './GraphControls';
import { GraphTooltip } from './GraphTooltip';
import { exposeForTests } from './testHandle';
import { setCanvas } from './canvasHandle';
import { KeyFocusController } from './controllers/KeyFocusController';
import { GRAPH_KEYS_HELP_ID, GraphKeyboardText, useGraphKeys } from './GraphKeyboard';
import { GRAPH_CANVAS_ID } from '../ui/focusTargets';

interface Prepared {
  graph: Graph;
  layout: Positions;
}

/** The positions precomputed for this graph, if the loader found a matching layout file. */
function useCachedLayout(graph: Graph): Positions | undefined {
  return useStore((s) => (s.load.status === 'ready' && s.load.graph === graph ? s.load.layout : undefined));
}

/**
 * The layout, needed before the first paint so nothing jumps. Precomputed positions are used
 * as they are; only without them is the layout worker downloaded and run. (Flags do not hold
 * up the first frame: FlagController fills them in a moment later.)
 */
function usePrepared(graph: Graph, cached: Positions | undefined): Prepared | undefined {
  // An article's canvas mounts with the page; a large graph's in a task of its own, so the
  // page's first render and the canvas's first slice are not one long task.
  const large = isLargeGraph(graph);
  const [prepared, setPrepared] = useState<Prepared | undefined>(() => (cached && !large ? { graph, layout: cached } : undefined));
  useEffect(() => {
    let live = true;
    const ready = (layout: Positions) => {
      if (live) setPrepared((p) => (p?.graph === graph && p.layout === layout ? p : { graph, layout }));
    };
    if (cached && !large) ready(cached);
    else if (cached) {
      const timer = setTimeout(() => ready(cached));
      return () => {
        live = false;
        clearTimeout(timer);
      };
    } else void computeLayout(graph).then(ready);
    return () => {
      live = false;
    };
  }, [graph, cached, large]);
  // A graph replaced in place (a review decision rebuilt it) keeps the previous one on the canvas
  // until its own layout is ready: unmounting the canvas meanwhile would destroy the Cytoscape
  // instance under controllers that still hold it, and lose the camera.
  return prepared;
}

const CY_STYLE = { width: '100%', height: '100%' };
/** react-cytoscapejs gets no elements: ElementsController puts them in, with their positions. */
const NO_ELEMENTS: never[] = [];

export function GraphView({ graph, visible, label }: { graph: Graph; visible: Visible; label: string }) {
  const prepared = usePrepared(graph, useCachedLayout(graph));
  const cyRef = useRef<Core | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [status, setStatus] = useState<SyncStatus>();
  const large = isLargeGraph(graph);

  // react-cytoscapejs calls this on every render (twice under StrictMode): act on a new instance only.
  const onCy = useCallback((instance: Core) => {
    if (cyRef.current === instance) return;
    cyRef.current = instance;
    exposeForTests(instance);
    setCy(instance);
  }, []);

  useEffect(() => {
    if (!cy || !prepared) return;
    setCanvas({ cy, layout: prepared.layout });
    return () => setCanvas(undefined);
  }, [cy, prepared]);

  const renderer = useMemo(() => rendererOptions(large), [large]);
  const keys = useGraphKeys(cy, graph, prepared?.layout, visible);
  // What a large graph's first view frames: the visible entities, where the layout put them
  // (read once per dataset; the camera is the user's after that).
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  // Opening on the overview (no camera in the link, too much for one picture)? Its note is there from the first frame, which is framed below it.
  const opensOnOverview = useMemo(
    () => large && !useStore.getState().view.camera && viewMode(true, visibleRef.current, 0) === 'overview',
    [large],
  );
  const firstFrame = useMemo(() => {
    if (!prepared || !large) return undefined;
    const visibleNow = visibleRef.current;
    let shown = prepared.graph.entities.filter((e) => visibleNow.entities.has(e.id));
    // Opening on the overview: frame what it draws (countries, blocs, bodies), not the people spread around them.
    if (opensOnOverview) {
      const homes = homesOf(prepared.graph);
      const anchors = shown.filter((e) => homes.get(e.id) === e.id);
      if (anchors.length) shown = anchors;
    }
    return shown.map((e) => prepared.layout[entityNodeId(e.id)]).filter((p) => p !== undefined);
  }, [prepared, large, opensOnOverview]);
  const showNote = status ? status.mode === 'overview' : opensOnOverview;

  return (
    <div className="relative h-full w-full" data-graph-frame>
      {prepared ? (
        // One tab stop for the whole canvas; the keys walk it (GraphKeyboard.tsx).
        <div
          id={GRAPH_CANVAS_ID}
          role="application"
          aria-roledescription="graph"
          aria-label={label}
          aria-describedby={GRAPH_KEYS_HELP_ID}
          tabIndex={0}
          {...keys}
          className="absolute inset-0 rounded-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-700"
        >
          <CytoscapeComponent
            elements={NO_ELEMENTS}
            stylesheet={large ? LARGE_STYLESHEET : STYLESHEET}
            cy={onCy}
            style={CY_STYLE}
            className="h-full w-full"
            minZoom={renderer.minZoom}
            textureOnViewport={renderer.textureOnViewport}
            hideEdgesOnViewport={renderer.hideEdgesOnViewport}
            pixelRatio={renderer.pixelRatio}
            motionBlur={renderer.motionBlur}
            maxZoom={MAX_CAMERA_ZOOM}
            autounselectify
            boxSelectionEnabled={false}
          />
        </div>
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-500" role="status">
          Laying out the graph…
        </div>
      )}
      <GraphKeyboardText graph={graph} visible={visible} />
      {cy && prepared && (
        <>
          <KeyFocusController cy={cy} />
          {/* Order matters: styling is ready before elements arrive, and they arrive before the first fit. */}
          <HighlightController cy={cy} graph={prepared.graph} visible={visible} large={large} />
          <ElementsController cy={cy} graph={prepared.graph} layout={prepared.layout} visible={visible} large={large} onStatus={setStatus} />
          <PositionsController cy={cy} graph={prepared.graph} layout={prepared.layout} />
          <EventsController cy={cy} graph={prepared.graph} layout={prepared.layout} />
          <ViewportController cy={cy} largeGraphPoints={firstFrame} />
          <CameraController cy={cy} />
          {large && <LevelOfDetailController cy={cy} />}
          {large && <WheelZoomController cy={cy} />}
          {/* Lines to far-off ends drawn as stubs pointing to them: a large graph's detail only has such lines. */}
          {large && <EdgeStubController cy={cy} />}
          <FlagController cy={cy} />
          <OfficeLabelController cy={cy} graph={prepared.graph} />
          {/* Large graphs use level of detail instead: restyling thousands of elements per zoom step stalls. */}
          {!large && <LabelController cy={cy} />}
          <LabelDeclutterController cy={cy} visible={visible} large={large} />
          <GraphTooltip cy={cy} graph={prepared.graph} />
          <GraphControls cy={cy} large={large} note={showNote ? <OverviewNote links={status?.links} pairs={status?.linkPairs} /> : undefined} />
        </>
      )}
    </div>
  );
}
