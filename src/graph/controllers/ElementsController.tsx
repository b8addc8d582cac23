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
import { gridInSteps } from '../spatialGrid';
import { whileIdle } from '../../perf/idle';
import { markFilled } from '../testHandle';

interface Props {
  cy: Core;
  graph: Graph;
  layout: Positions;
  visible: Visible;
  large: boolean;
  onStatus?: (status: SyncStatus) => void;
}

function useScene(graph: Graph, layout: Positions, large: boolean) {
  const scene = useMemo(() => {
    const index = indexGraph(graph);
    const { entities } = graph;
    const grid = gridInSteps(entities.length, (i) => {
      const id = entities[i].id;
      const { x, y } = layout[`e:${id}`] ?? { x: 0, y: 0 };
      return [id, x, y];
    });
    return { scene: buildScene(graph, index, homesOf(graph), grid), grid };
  }, [graph, layout]);
  // A large graph opens on its overview, which asks nothing of the grid: it is filled while the page is idle after that
  // (or at once by the first view that asks). A small one's first view asks at once.
  useEffect(() => (large ? whileIdle(() => scene.grid.fill()) : undefined), [scene, large]);
  return scene.scene;
}

export function ElementsController({ cy, graph, layout, visible, large, onStatus }: Props) {
  const selected = useStore((s) => s.view.selected);
  const pinned = useStore((s) => s.view.pinned);
  const scene = useScene(graph, layout, large);
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
