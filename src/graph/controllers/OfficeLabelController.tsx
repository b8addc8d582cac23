/**
 * Offices as of the date: a person's label names the office they held at the time of what is
 * in view — the selected relation's date, else the timeline's brush, else the latest office the
 * sources attest (model/offices.ts, the same reading as the details panel's "Offices at the
 * time"). Only people whose offices the sources date are touched, and only the labels that
 * change, so a brush step at XL restyles a handful of nodes, not every one.
 */
import { useEffect, useMemo } from 'react';
import type { Collection, Core, EventObject, NodeCollection } from 'cytoscape';
import type { Entity, Graph } from '../../model/schema';
import { dateInView, labelOffice, officeIndex, type PersonOffices } from '../../model/offices';
import { useStore } from '../../state/store';
import { entityLabel, entityNodeId } from '../elements';
import { ADDED_EVENT } from '../elementSync';

export function OfficeLabelController({ cy, graph }: { cy: Core; graph: Graph }) {
  const from = useStore((s) => s.view.from);
  const to = useStore((s) => s.view.to);
  const selected = useStore((s) => s.view.selected);
  const selectedDate = selected?.type === 'relation' ? graph.relations.find((r) => r.id === selected.id)?.date : undefined;
  // Keyed by the date's text: a span object is new on every render.
  const dateKey = selectedDate === undefined ? '' : JSON.stringify(selectedDate);

  const dated = useMemo(() => {
    const entities = new Map(graph.entities.map((e) => [e.id, e]));
    const out: Array<{ nodeId: string; entity: Entity; person: PersonOffices }> = [];
    for (const [id, person] of officeIndex(graph)) if (person.dated.length) out.push({ nodeId: entityNodeId(id), entity: entities.get(id)!, person });
    return out;
  }, [graph]);

  useEffect(() => {
    if (!dated.length) return;
    const date = dateInView({ from, to }, dateKey ? JSON.parse(dateKey) : undefined);
    const labels = new Map(dated.map(({ nodeId, entity, person }) => [nodeId, entityLabel(entity, labelOffice(person, date))]));
    const apply = (nodes: NodeCollection) =>
      cy.batch(() => {
        nodes.forEach((n) => {
          const wanted = labels.get(n.id());
          if (wanted !== undefined && n.data('label') !== wanted) n.data('label', wanted);
        });
      });
    apply(cy.nodes('.person'));
    const arrived = (_e: EventObject, eles: Collection) => apply(eles.nodes('.person'));
    cy.on(ADDED_EVENT, arrived);
    return () => void cy.removeListener(ADDED_EVENT, arrived);
  }, [cy, dated, from, to, dateKey]);

  return null;
}
