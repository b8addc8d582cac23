/**
 * Data sync: store + camera → which elements are in the Cytoscape graph (graph/elementSet.ts
 * decides, graph/elementSync.ts applies it a slice per frame). Declared after
 * HighlightController, so newcomers are styled with the current filters and emphasis, and
 * before ViewportController, so the first view is fitted to what is there.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { Graph } from '../../model/schema';
import type { Visible } from '../../filters/visible';
import type { Positions } from '../../layout/computeLayout';
import { useStore } from '../../state/store';
import { elementFactory } from '../elements';
import { buildScene } from '../elementSet';
import { ElementSync, type SyncStatus } from '../elementSync';
import { indexGraph } from '../graphIndex';
import { neighbourhood } from '../neighbourhood';
import { homesOf } from '../overview';
import { positionResolver } from '../positions';
import { majorEntities } from '../scale';
import { buildGrid } from '../spatialGrid';
import { markFilled } from '../testHandle';

interface Props {
  cy: Core;
  graph: Graph;
  layout: Positions;
  visible: Visible;
  large: boolean;
  onStatus?: (status: SyncStatus) => void;
}

function useScene(graph: Graph, layout: Positions) {
  return useMemo(() => {
    const index = indexGraph(graph);
    const points = new Map(graph.entities.map((e) => [e.id, layout[`e:${e.id}`] ?? { x: 0, y: 0 }]));
    return buildScene(graph, index, homesOf(graph), buildGrid(points));
  }, [graph, layout]);
}

export function ElementsController({ cy, graph, layout, visible, large, onStatus }: Props) {
  const selected = useStore((s) => s.view.selected);
  const pinned = useStore((s) => s.view.pinned);
  const scene = useScene(graph, layout);
  const factory = useMemo(() => elementFactory(graph, large ? majorEntities(graph) : new Set(), large), [graph, large]);
  const positions = useMemo(() => positionResolver(graph, layout, pinned), [graph, layout, pinned]);
  const focus = useMemo(() => (selected ? neighbourhood(scene.index, selected, visible.relations) : undefined), [scene, selected, visible]);

  const statusRef = useRef(onStatus);
  statusRef.current = onStatus;
  const sync = useRef<ElementSync | null>(null);
  useEffect(() => {
    const instance = new ElementSync(cy, { onStatus: (s) => statusRef.current?.(s), onApplied: () => markFilled(cy) });
    sync.current = instance;
    return () => {
      instance.dispose();
      sync.current = null;
    };
  }, [cy]);

  useEffect(() => {
    sync.current?.update({ scene, factory, large, visible, focus, positions, openedOnCamera: useStore.getState().view.camera !== undefined });
  }, [scene, factory, large, visible, focus, positions]);

  return null;
}
