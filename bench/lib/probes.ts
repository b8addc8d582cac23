/**
 * What the benchmark asks of a graph, chosen from the data so it works at every size: the
 * busiest country to filter on, a year to filter to, a name to type — and for each, an element
 * whose class must change, so the benchmark knows when the updated frame has been drawn.
 * Element ids follow the app's scheme (e:<entity>, r:<relation>), which the baseline copies.
 */
import type { Entity, Graph } from '../../src/model/schema';
import { overlapsRange } from '../../src/model/dates';

export interface Probe {
  /** Element whose class flips once the change is applied. */
  element: string;
  className: 'filtered' | 'match';
  expected: boolean;
}

export interface Probes {
  country: { id: string; probe: Probe };
  dates: { from: string; to: string; probe: Probe };
  kinds: { kinds: string[]; probe: Probe };
  search: { before: string; after: string; probe: Probe };
}

export function chooseProbes(graph: Graph): Probes {
  const degree = new Map<string, number>();
  for (const r of graph.relations) for (const p of r.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
  const deg = (id: string) => degree.get(id) ?? 0;
  const byDegree = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => deg(b.id) - deg(a.id) || a.id.localeCompare(b.id));

  // Country: the busiest one (the heaviest update); probe a country it never touches, which the filter hides.
  const countries = byDegree(graph.entities.filter((e) => e.kind === 'country'));
  const country = countries[0];
  const focus = new Set(graph.entities.filter((e) => e.id === country.id || e.country === country.id).map((e) => e.id));
  const touched = new Set<string>();
  for (const r of graph.relations) if (r.participants.some((p) => focus.has(p))) r.participants.forEach((p) => touched.add(p));
  // In the largest graphs the busiest country touches every other one: watch a relation outside the focus instead.
  const untouched = countries.find((c) => !touched.has(c.id));
  const unrelated = untouched ? undefined : graph.relations.find((r) => r.participants.length === 2 && !r.participants.some((p) => focus.has(p)));
  if (!untouched && !unrelated) throw new Error(`everything is related to ${country.id}: no element to watch for the country filter`);
  const countryProbe = untouched ? `e:${untouched.id}` : `r:${unrelated!.id}`;

  // Dates: the median year of the dated relations; probe a two-party relation outside it.
  const dated = graph.relations.filter((r) => r.date !== undefined);
  const years = dated.map((r) => (typeof r.date === 'string' ? r.date : r.date!.start).slice(0, 4)).sort();
  const year = years[Math.floor(years.length / 2)];
  const outside = dated.find((r) => r.participants.length === 2 && !overlapsRange(r.date!, year, year));
  if (!outside) throw new Error(`every dated relation overlaps ${year}: no element to watch for the date filter`);

  // Kinds: only the most common kind (the Kind checkboxes' heaviest single choice); probe a two-party relation of another kind.
  const kindCounts = new Map<string, number>();
  for (const r of graph.relations) kindCounts.set(r.kind, (kindCounts.get(r.kind) ?? 0) + 1);
  const kind = [...kindCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const otherKind = graph.relations.find((r) => r.participants.length === 2 && r.kind !== kind);
  if (!otherKind) throw new Error(`every relation is a ${kind}: no element to watch for the kind filter`);

  // Search: one more letter typed into a name (3+ letters, where every matcher compares
  // substrings); probe an entity the shorter query matches and the longer one no longer does.
  const search = chooseKeystroke(byDegree(graph.entities.filter((e) => e.kind === 'person')), byDegree(graph.entities));
  return {
    country: { id: country.id, probe: { element: countryProbe, className: 'filtered', expected: true } },
    dates: { from: year, to: year, probe: { element: `r:${outside.id}`, className: 'filtered', expected: true } },
    kinds: { kinds: [kind], probe: { element: `r:${otherKind.id}`, className: 'filtered', expected: true } },
    search,
  };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function chooseKeystroke(people: Entity[], ranked: Entity[]): Probes['search'] {
  const forms = new Map(ranked.map((e) => [e.id, [e.name, ...e.aliases].map(fold)]));
  const words = [...people.slice(0, 50), ...ranked.slice(0, 200)].flatMap((e) => fold(e.name).split(/[^a-z]+/).filter((w) => w.length >= 4));
  for (const word of words) {
    for (let k = 3; k < word.length; k++) {
      const before = word.slice(0, k);
      const after = word.slice(0, k + 1);
      const dropped = ranked.find((e) => forms.get(e.id)!.some((f) => f.includes(before)) && !forms.get(e.id)!.some((f) => f.includes(after)));
      if (dropped) return { before, after, probe: { element: `e:${dropped.id}`, className: 'match', expected: false } };
    }
  }
  throw new Error('no keystroke narrows the search results: cannot time one');
}

/**
 * For the timeline brush, whose range the page's bins decide: once a drag has shown which
 * `from`–`to` it sets, a two-party relation dated outside that range, which the brush hides.
 * Undefined when every dated relation overlaps the range.
 */
export function chooseBrushProbe(graph: Graph, from: string, to: string): Probe | undefined {
  const outside = graph.relations.find((r) => r.date !== undefined && r.participants.length === 2 && !overlapsRange(r.date, from, to));
  return outside ? { element: `r:${outside.id}`, className: 'filtered', expected: true } : undefined;
}
