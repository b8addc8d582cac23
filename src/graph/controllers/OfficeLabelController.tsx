/**
 * Offices as of the date: a person's label names the office they held at the time of what is
 * in view — the selected relation's date, else the timeline's brush, else the latest office the
 * sources attest (model/offices.ts, the same reading as the details panel's "Offices at the
 * time"). Only people whose offices the sources date are touched, and only the labels that
 * change, so a brush step at XL restyles a handful of nodes, not every one.
 */
import { useEffect, useMemo } from 'react';
import type { Collection, Core, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import type { Graph } from '../../model/schema';
import { dateInView, labelOffice, officeLookup } from '../../model/offices';
import { useStore } from '../../state/store';
import { entityLabel } from '../elements';
import { indexGraph } from '../graphIndex';
import { ADDED_EVENT } from '../elementSync';

export function OfficeLabelController({ cy, graph }: { cy: Core; graph: Graph }) {
  const from = useStore((s) => s.view.from);
  const to = useStore((s) => s.view.to);
  const selected = useStore((s) => s.view.selected);
  const selectedDate = selected?.type === 'relation' ? graph.relations.find((r) => r.id === selected.id)?.date : undefined;
  // Keyed by the date's text: a span object is new on every render.
  const dateKey = selectedDate === undefined ? '' : JSON.stringify(selectedDate);

  // Worked out per person as their nodes arrive (model/offices.ts officeLookup): the first view
  // of a large graph shows no people, and its first render should not wait for all of them.
  const { officesOf, labels } = useMemo(() => {
    const anyRole = graph.relations.some((r) => r.kind === 'role');
    // Labels worked out once per person and office: a brush step mostly asks for the same ones again.
    return { officesOf: anyRole ? officeLookup(graph) : undefined, labels: new Map<string, string>() };
  }, [graph]);

  useEffect(() => {
    if (!officesOf) return;
    const date = dateInView({ from, to }, dateKey ? JSON.parse(dateKey) : undefined);
    const entities = indexGraph(graph).entity;
    const labelOf = (node: NodeSingular): string | undefined => {
      const entity = entities.get(node.data('entityId') as string);
      const person = entity && officesOf(entity);
      // Only people whose offices the sources date: the others keep the label their element was made with.
      if (!entity || !person?.dated.length) return undefined;
      const office = labelOffice(person, date);
      const key = `${entity.id}\u0000${office ?? ''}`;
      let label = labels.get(key);
      if (label === undefined) labels.set(key, (label = entityLabel(entity, office)));
      return label;
    };
    const apply = (nodes: NodeCollection) =>
      cy.batch(() => {
        nodes.forEach((n) => {
          const wanted = labelOf(n);
          if (wanted !== undefined && n.data('label') !== wanted) n.data('label', wanted);
        });
      });
    apply(cy.nodes('.person'));
    const arrived = (_e: EventObject, eles: Collection) => apply(eles.nodes('.person'));
    cy.on(ADDED_EVENT, arrived);
    return () => void cy.removeListener(ADDED_EVENT, arrived);
  }, [cy, graph, officesOf, labels, from, to, dateKey]);

  return null;
}
