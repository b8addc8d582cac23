/**
 * Offices as the sources date them (model/offices.ts): for a relation, each person's office at
 * its time; for a person, every office with the reports that attest it, oldest first.
 */
import { useMemo } from 'react';
import { formatDate } from '../model/dates';
import { officeAsOf, officesOf, type DatedOffice } from '../model/offices';
import type { Graph, Relation } from '../model/schema';

function useArticles(graph: Graph) {
  return useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
}

const attested = (o: DatedOffice) => (o.first === o.last ? `reported ${formatDate(o.first)}` : `reported ${formatDate(o.first)} – ${formatDate(o.last)}`);

/** "At the time": the office each person participant held then, by the reports nearest the relation's date. */
export function OfficesAtTime({ relation, graph }: { relation: Relation; graph: Graph }) {
  const articles = useArticles(graph);
  if (relation.kind === 'role') return null;
  const people = relation.participants.filter((id) => graph.entities.find((e) => e.id === id)?.kind === 'person');
  const rows = people
    .map((id) => ({ id, office: officeAsOf(officesOf(id, graph.relations, articles), relation.date) }))
    .filter((r): r is { id: string; office: DatedOffice } => !!r.office);
  if (!rows.length) return null;
  return (
    <section className="mt-3 text-sm" aria-labelledby="offices-title" data-testid="offices-at-time">
      <h3 id="offices-title" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        Offices at the time{relation.date ? ` (${formatDate(relation.date)})` : ''}
      </h3>
      <ul className="mt-1 space-y-0.5 text-slate-700">
        {rows.map(({ id, office }) => (
          <li key={id}>
            {office.relation.summary} <span className="text-xs text-slate-500">({attested(office)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A person's offices, each dated by the reports that attest it. */
export function DatedOffices({ personId, graph }: { personId: string; graph: Graph }) {
  const articles = useArticles(graph);
  const offices = useMemo(() => officesOf(personId, graph.relations, articles), [personId, graph, articles]);
  if (!offices.length) return null;
  return (
    <section className="mt-3 text-sm" aria-labelledby="dated-offices-title" data-testid="dated-offices">
      <h3 id="dated-offices-title" className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        Offices, as the sources date them
      </h3>
      <ul className="mt-1 space-y-0.5 text-slate-700">
        {offices.map((o) => (
          <li key={o.relation.id}>
            {o.relation.summary} <span className="text-xs text-slate-500">({attested(o)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
