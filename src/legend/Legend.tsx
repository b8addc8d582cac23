/** What every colour, shape and line style means — generated from the stylesheet's constants. */
import type React from 'react';
import { CORROBORATED_WIDTH, ENTITY_STYLES, HUB_STYLE, LINK_STYLE, MATCH_COLOR, RELATION_KIND_STYLES, SELECT_COLOR, STATUS_STYLES } from '../ui/styleConstants';
import { EntitySwatch, HubSwatch, LineSwatch } from '../ui/swatches';
import type { LegendMarks } from './legendMarks';

function Row({ swatch, label, description }: { swatch: React.ReactNode; label: string; description: string }) {
  return (
    <li className="flex items-center gap-2.5 py-0.5">
      <span className="flex w-11 shrink-0 justify-center">{swatch}</span>
      <span className="min-w-0 text-[13px] leading-tight">
        <span className="font-medium text-slate-800">{label}</span> <span className="text-slate-500">— {description}</span>
      </span>
    </li>
  );
}

/** `large`: the graph may show its zoomed-out overview, whose links need a row of their own. */
export function Legend({ marks, large = false }: { marks: LegendMarks; large?: boolean }) {
  return (
    <div className="space-y-3 text-sm">
      <section aria-labelledby="legend-nodes">
        <h3 id="legend-nodes" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Nodes
        </h3>
        <ul>
          {marks.entityKinds.map((kind) => (
            <Row key={kind} swatch={<EntitySwatch kind={kind} />} label={ENTITY_STYLES[kind].label} description={ENTITY_STYLES[kind].description} />
          ))}
          {marks.hubs && <Row swatch={<HubSwatch />} label={HUB_STYLE.label} description={HUB_STYLE.description} />}
        </ul>
      </section>
      <section aria-labelledby="legend-colours">
        <h3 id="legend-colours" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Line colour: kind
        </h3>
        <ul>
          {marks.relationKinds.map((kind) => (
            <Row
              key={kind}
              swatch={<LineSwatch kind={kind} />}
              label={RELATION_KIND_STYLES[kind].label}
              description={RELATION_KIND_STYLES[kind].description}
            />
          ))}
          {marks.arrows && <Row swatch={<LineSwatch kind="support" directed />} label="Arrow" description="one side acts toward the other, in the arrow's direction" />}
          {large && (
            <Row
            swatch={
              <svg width="40" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="38" y2="6" stroke={LINK_STYLE.color} strokeOpacity={LINK_STYLE.opacity + 0.2} strokeWidth={LINK_STYLE.maxWidth} strokeLinecap="round" />
              </svg>
            }
            label={LINK_STYLE.label}
            description={`large graphs zoomed out: ${LINK_STYLE.description}`}
            />
          )}
        </ul>
      </section>
      <section aria-labelledby="legend-status">
        <h3 id="legend-status" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Line style: status
        </h3>
        <ul>
          {marks.statuses.map((status) => (
            <Row
              key={status}
              swatch={<LineSwatch status={status} neutral />}
              label={STATUS_STYLES[status].label}
              description={STATUS_STYLES[status].description}
            />
          ))}
          {marks.corroborated && (
            <Row
            swatch={
              <svg width={44} height={14} viewBox="0 0 44 14" aria-hidden="true" className="shrink-0">
                <line x1={2} y1={7} x2={42} y2={7} stroke="#334155" strokeWidth={CORROBORATED_WIDTH[3]} strokeLinecap="butt" />
              </svg>
            }
            label="Thicker"
            description="reported by two, or three and more, independent outlets (a wire story counts once)"
            />
          )}
        </ul>
      </section>
      <section aria-labelledby="legend-states">
        <h3 id="legend-states" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
          Highlights
        </h3>
        <ul>
          <Row
            swatch={<span className="block size-4 rounded-full border-[3px]" style={{ borderColor: SELECT_COLOR }} />}
            label="Selected"
            description="shown in the details panel"
          />
          <Row
            swatch={<span className="block size-4 rounded-full" style={{ background: MATCH_COLOR, opacity: 0.45 }} />}
            label="Search match"
            description="name or alias matches the search"
          />
        </ul>
      </section>
    </div>
  );
}
