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

  const { dated, labels } = useMemo(() => {
    const entities = new Map(graph.entities.map((e) => [e.id, e]));
    const people = new Map<string, { entity: Entity; person: PersonOffices }>();
    for (const [id, person] of officeIndex(graph)) if (person.dated.length) people.set(entityNodeId(id), { entity: entities.get(id)!, person });
    // Labels worked out once per person and office: a brush step mostly asks for the same ones again.
    return { dated: people, labels: new Map<string, string>() };
  }, [graph]);

  useEffect(() => {
    if (!dated.size) return;
    const date = dateInView({ from, to }, dateKey ? JSON.parse(dateKey) : undefined);
    const labelOf = (nodeId: string): string | undefined => {
      const found = dated.get(nodeId);
      if (!found) return undefined;
      const office = labelOffice(found.person, date);
      const key = `${nodeId}\u0000${office ?? ''}`;
      let label = labels.get(key);
      if (label === undefined) labels.set(key, (label = entityLabel(found.entity, office)));
      return label;
    };
    const apply = (nodes: NodeCollection) =>
      cy.batch(() => {
        nodes.forEach((n) => {
          const wanted = labelOf(n.id());
          if (wanted !== undefined && n.data('label') !== wanted) n.data('label', wanted);
        });
      });
    apply(cy.nodes('.person'));
    const arrived = (_e: EventObject, eles: Collection) => apply(eles.nodes('.person'));
    cy.on(ADDED_EVENT, arrived);
    return () => void cy.removeListener(ADDED_EVENT, arrived);
  }, [cy, dated, labels, from, to, dateKey]);

  return null;
}
