/**
 * The benchmark's baseline: the naive way to draw the same graph — plain cytoscape defaults
 * (canvas renderer, default styles plus labels), fcose at its default quality on the main
 * thread, filters as style changes on every element. Same element ids as the app, so the
 * benchmark's probes work on both. Not part of the app; built by bench/run.ts only.
 *
 * ?data=<file under data/>  the graph to draw
 * ?layout=preset            skip fcose and place nodes on a seeded scatter, to measure panning,
 *                           zooming and filtering when fcose would not finish within the cap
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { installBenchHandle, markGraphState } from '../../src/perf/benchHooks';

cytoscape.use(fcose);

interface Entity {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
  aliases?: string[];
}
interface Relation {
  id: string;
  kind: string;
  participants: string[];
  date?: string | { start: string; end: string };
}
interface GraphFile {
  entities: Entity[];
  relations: Relation[];
}

const params = new URLSearchParams(location.search);
// From the site's root, as the app reads it: the page lives under /baseline/, and only /data/ itself is the data folder.
const file = new URL(params.get('data') ?? 'data/graph.json', `${location.origin}/`).href;
const preset = params.get('layout') === 'preset';

function scatter(i: number, n: number): { x: number; y: number } {
  // Golden-angle spiral: deterministic and evenly spread, like a finished layout's density.
  const r = 40 * Math.sqrt(i + 0.5);
  const a = i * 2.399963;
  return n ? { x: r * Math.cos(a), y: r * Math.sin(a) } : { x: 0, y: 0 };
}

function elementsOf(graph: GraphFile): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  let i = 0;
  const n = graph.entities.length + graph.relations.length;
  const place = () => (preset ? { position: scatter(i++, n) } : {});
  for (const e of graph.entities) out.push({ group: 'nodes', data: { id: `e:${e.id}`, label: e.name }, ...place() });
  for (const r of graph.relations) {
    if (r.participants.length === 2) {
      out.push({ group: 'edges', data: { id: `r:${r.id}`, source: `e:${r.participants[0]}`, target: `e:${r.participants[1]}` } });
      continue;
    }
    out.push({ group: 'nodes', data: { id: `h:${r.id}` }, ...place() });
    r.participants.forEach((p, k) => out.push({ group: 'edges', data: { id: `s:${r.id}:${k}`, source: `h:${r.id}`, target: `e:${p}` } }));
  }
  return out;
}

/** Days covered by a date, as a string range; enough for the benchmark's year-range filter. */
function interval(d: Relation['date']): [string, string] {
  const lo = (p: string) => (p + '-01-01').slice(0, 10);
  const hi = (p: string) => (p.length === 4 ? `${p}-12-31` : p.length === 7 ? `${p}-31` : p);
  return typeof d === 'string' ? [lo(d), hi(d)] : [lo(d!.start), hi(d!.end)];
}

async function main() {
  const graph = (await (await fetch(file)).json()) as GraphFile;
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elementsOf(graph),
    style: [
      { selector: 'node', style: { label: 'data(label)' } },
      { selector: '.filtered', style: { display: 'none' } },
      { selector: 'node.match', style: { 'background-color': '#f59e0b' } },
    ],
    layout: preset ? { name: 'preset' } : ({ name: 'fcose' } as cytoscape.LayoutOptions),
  });
  cy.one('render', () => markGraphState('first-frame'));
  if (preset) cy.one('render', () => markGraphState('settled'));
  else cy.one('layoutstop', () => cy.one('render', () => markGraphState('settled')));

  const countryOf = new Map(graph.entities.map((e) => [e.id, e.country ?? undefined]));
  const relationEls = (r: Relation) => cy.$id(`r:${r.id}`).union(cy.$id(`h:${r.id}`)).union(cy.elements(`[id ^= "s:${r.id}:"]`));
  // The naive filter: decide every relation, then restyle every element.
  const apply = (keep: (r: Relation) => boolean, keepCountry?: string) => {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      const shown = new Set<string>();
      for (const r of graph.relations) {
        if (keep(r)) r.participants.forEach((p) => shown.add(p));
        else relationEls(r).addClass('filtered');
      }
      for (const e of graph.entities) {
        const countryHidden = keepCountry !== undefined && e.kind === 'country' && e.id !== keepCountry;
        if (!shown.has(e.id) && (e.kind !== 'country' || countryHidden)) cy.$id(`e:${e.id}`).addClass('filtered');
      }
    });
  };
  installBenchHandle({
    cy,
    filterCountry(country) {
      if (!country) return apply(() => true);
      const focus = (id: string) => id === country || countryOf.get(id) === country;
      apply((r) => r.participants.some(focus), country);
    },
    filterDates(from, to) {
      apply((r) => {
        if (!r.date) return true;
        const [a, b] = interval(r.date);
        return !(b < `${from}-01-01` || a > `${to}-12-31`);
      });
    },
    filterKinds(kinds) {
      apply((r) => kinds.includes(r.kind));
    },
    search(query) {
      const q = query.toLowerCase();
      cy.batch(() => {
        for (const e of graph.entities) {
          const hit = !!q && [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase().includes(q));
          cy.$id(`e:${e.id}`).toggleClass('match', hit);
        }
      });
    },
    clear() {
      apply(() => true);
      cy.nodes().removeClass('match');
    },
  });
}

void main();
