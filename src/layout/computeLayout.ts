/**
 * computeLayout(graph) → positions of every node (entities and relation hubs), computed
 * once per dataset, off the main thread. Filters never re-run it: hidden elements keep
 * their place. To try another algorithm, change runLayout.ts; callers see only this.
 */
import type { Graph } from '../model/schema';
import { ENTITY_STYLES, HUB_STYLE } from '../ui/styleConstants';
import { entityLabel, entityNodeId, hubNodeId, isHyper, relationEdgeId, spokeId } from '../graph/elements';
import type { LayoutInput, Positions } from './runLayout';
import countryPoints from './countryPoints.json' with { type: 'json' };

export type { Positions } from './runLayout';

/** Room for the label under a node: the layout runs headless and cannot measure text. */
function labelBox(label: string): { width: number; height: number } {
  const lines = label.split('\n');
  // About 8 px a character; the canvas wraps a line at 150 px, so a long name takes two or more rows.
  const rows = lines.reduce((sum, l) => sum + Math.max(1, Math.ceil((l.length * 8) / 150)), 0);
  return { width: Math.min(150, Math.max(...lines.map((l) => l.length)) * 8), height: rows * 19 + 6 };
}

const POINTS: Readonly<Record<string, readonly [number, number]>> = countryPoints.points as unknown as Record<string, [number, number]>;

/** A country's point on the map, when its id is an ISO code the table knows. */
function geoOf(id: string): { geo?: readonly [number, number] } {
  const point = Object.hasOwn(POINTS, id) ? POINTS[id] : undefined;
  return point ? { geo: point } : {};
}

export function layoutInput(graph: Graph): LayoutInput {
  const countries = new Set(graph.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  const nodes: LayoutInput['nodes'] = graph.entities.map((e) => {
    const s = ENTITY_STYLES[e.kind];
    const label = labelBox(entityLabel(e));
    // The label hangs below the node; the layout only knows boxes centred on the node, so reserve it on both sides.
    return {
      id: entityNodeId(e.id),
      width: Math.max(s.width, label.width),
      height: s.height + 2 * label.height,
      mark: { width: s.width, height: s.height },
      label,
      ...(e.country && e.kind !== 'country' && countries.has(e.country) ? { group: entityNodeId(e.country) } : {}),
      ...(e.kind === 'country' ? geoOf(e.id) : {}),
    };
  });
  const edges: LayoutInput['edges'] = [];
  for (const r of graph.relations) {
    if (!isHyper(r)) {
      edges.push({ id: relationEdgeId(r.id), source: entityNodeId(r.participants[0]), target: entityNodeId(r.participants[1]) });
      continue;
    }
    // The hub's click target, not its smaller dot: the room a pointer needs is the room to keep free.
    nodes.push({ id: hubNodeId(r.id), width: HUB_STYLE.target, height: HUB_STYLE.target, hub: true });
    r.participants.forEach((p, i) => edges.push({ id: spokeId(r.id, i), source: hubNodeId(r.id), target: entityNodeId(p) }));
  }
  return { nodes, edges };
}

let worker: Worker | undefined;
let nextId = 1;

function inWorker(input: LayoutInput): Promise<Positions> {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(event.data.error ?? 'layout failed'));
    };
    // A worker script that fails to load reports here, not through a message.
    const onError = (event: ErrorEvent) => {
      done();
      worker = undefined;
      reject(new Error(event.message || 'layout worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, input });
  });
}

/** On the main thread, loaded on demand so fcose stays out of the app bundle. */
async function inline(input: LayoutInput): Promise<Positions> {
  const { runLayout } = await import('./runLayout');
  return runLayout(input);
}

export async function computeLayout(graph: Graph): Promise<Positions> {
  const input = layoutInput(graph);
  if (typeof Worker === 'undefined') return inline(input);
  try {
    return await inWorker(input);
  } catch {
    // A worker that cannot start (old browser, CSP) must not leave the graph blank.
    return inline(input);
  }
}
