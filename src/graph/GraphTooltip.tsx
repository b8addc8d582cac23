/**
 * A hover card over the canvas: what the line or node under the pointer is, before a click.
 * Visual only (aria-hidden): the same facts are in the list view and the details panel.
 */
import { useEffect, useState } from 'react';
import type { Core, EventObject } from 'cytoscape';
import type { Graph, RelationKind } from '../model/schema';
import { formatDate } from '../model/dates';
import { indexGraph } from './graphIndex';
import { linkCount } from './elementSync';
import { ENTITY_STYLES, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { clipText } from '../ui/UserText';
import { STUB_TO_SOURCE, STUB_TO_TARGET } from './edgeStubs';
import { formatCount } from '../ui/format';

interface Hover {
  x: number;
  y: number;
  title: string;
  meta: string;
  /** For a stub (a line cut short because its far end is off-screen): where it leads. */
  leads?: string;
}

export function GraphTooltip({ cy, graph }: { cy: Core; graph: Graph }) {
  const [hover, setHover] = useState<Hover>();

  useEffect(() => {
    const index = indexGraph(graph);
    const describe = (e: EventObject): Hover | undefined => {
      const { x, y } = e.renderedPosition;
      const entity = index.entity.get(e.target.data('entityId'));
      if (entity) {
        const extra = [ENTITY_STYLES[entity.kind].label, entity.description].filter(Boolean).join(' · ');
        return { x, y, title: clipText(entity.name, 160), meta: extra };
      }
      const count = linkCount(e.target);
      if (e.target.hasClass('link') && count) {
        const [a, b] = [e.target.data('home1'), e.target.data('home2')].map((id: string) => index.entity.get(id)?.name ?? id);
        const kind = e.target.data('kind') as RelationKind | undefined;
        const most = kind && count > 1 ? ` (most: ${RELATION_KIND_STYLES[kind].label.toLowerCase()})` : '';
        return { x, y, title: `${a} — ${b}`, meta: `${formatCount(count)} ${count === 1 ? 'relation' : 'relations'}${most} between them and their people and bodies · click to zoom in` };
      }
      const r = index.relation.get(e.target.data('relationId'));
      if (!r) return undefined;
      const meta = [RELATION_KIND_STYLES[r.kind].label, STATUS_STYLES[r.status].label, r.date ? formatDate(r.date) : 'undated'].join(' · ');
      // A stub names its off-screen end: the entity there, or (a spoke to a hub out of view) the relation's other participants.
      const far = e.target.hasClass(STUB_TO_TARGET) ? e.target.target() : e.target.hasClass(STUB_TO_SOURCE) ? e.target.source() : undefined;
      if (!far) return { x, y, title: r.summary, meta };
      const near = (far.same(e.target.target()) ? e.target.source() : e.target.target()).data('entityId') as string | undefined;
      const farEntity = far.data('entityId') as string | undefined;
      const names = (farEntity ? [farEntity] : r.participants.filter((p) => p !== near)).map((id) => index.entity.get(id)?.name ?? id);
      const leads = `→ ${clipText(names.join(', '), 120)}, off-screen`;
      return { x, y, title: r.summary, meta, leads };
    };
    const over = (e: EventObject) => setHover(describe(e));
    const move = (e: EventObject) => setHover((h) => (h ? { ...h, x: e.renderedPosition.x, y: e.renderedPosition.y } : h));
    const out = () => setHover(undefined);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mousemove', 'node, edge', move);
    cy.on('mouseout', 'node, edge', out);
    cy.on('grab pan zoom tap', out);
    // Leaving the canvas fast may skip Cytoscape's own mouseout.
    const container = cy.container();
    container?.addEventListener('mouseleave', out);
    return () => {
      container?.removeEventListener('mouseleave', out);
      cy.removeListener('mouseover', 'node, edge', over);
      cy.removeListener('mousemove', 'node, edge', move);
      cy.removeListener('mouseout', 'node, edge', out);
      cy.removeListener('grab pan zoom tap', out);
    };
  }, [cy, graph]);

  if (!hover) return null;
  const flip = hover.x > cy.width() - 280;
  // Above the pointer, so it does not cover the labels under the line; below when near the top.
  const above = hover.y > 110;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 max-w-[17rem] rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-lg"
      style={{
        left: flip ? undefined : hover.x + 14,
        right: flip ? cy.width() - hover.x + 14 : undefined,
        top: above ? undefined : hover.y + 18,
        bottom: above ? cy.height() - hover.y + 14 : undefined,
      }}
    >
      <p className="font-medium leading-snug text-slate-900">{hover.title}</p>
      {hover.meta && <p className="mt-0.5 text-xs text-slate-600">{hover.meta}</p>}
      {hover.leads && (
        <p className="mt-0.5 text-xs font-medium text-slate-800" data-testid="stub-leads">
          {hover.leads}
        </p>
      )}
    </div>
  );
}
