/**
 * Small SVG samples of what the canvas draws, rendered from the same style constants as the
 * Cytoscape stylesheet: legend, filters, sidebar and list all show the real line and shape.
 */
import type { EntityKind, RelationKind, Status } from '../model/schema';
import type React from 'react';
import { DENIED_COLOR, ENTITY_STYLES, HUB_STYLE, RELATION_KIND_STYLES, STATUS_STYLES, type NodeShape } from './styleConstants';

function shapePath(shape: NodeShape, w: number, h: number, x: number, y: number): React.JSX.Element {
  const cx = x + w / 2;
  const cy = y + h / 2;
  switch (shape) {
    case 'ellipse':
      return <ellipse cx={cx} cy={cy} rx={w / 2} ry={h / 2} />;
    case 'round-rectangle':
      return <rect x={x} y={y} width={w} height={h} rx={Math.min(w, h) / 4} />;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map((i) => {
        const a = (Math.PI / 3) * i;
        return `${cx + (w / 2) * Math.cos(a)},${cy + (h / 2) * Math.sin(a)}`;
      });
      return <polygon points={pts.join(' ')} />;
    }
    case 'diamond':
      return <polygon points={`${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}`} />;
  }
}

export function EntitySwatch({ kind, size = 18 }: { kind: EntityKind; size?: number }) {
  const s = ENTITY_STYLES[kind];
  const scale = (size - 3) / Math.max(s.width, s.height);
  const w = s.width * scale;
  const h = s.height * scale;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="shrink-0">
      <g fill={s.fill} stroke={s.border} strokeWidth={kind === 'country' ? 2.2 : 1.6}>
        {shapePath(s.shape, w, h, (size - w) / 2, (size - h) / 2)}
      </g>
    </svg>
  );
}

export function HubSwatch({ kind = 'cooperation', size = 18 }: { kind?: RelationKind; size?: number }) {
  const color = RELATION_KIND_STYLES[kind].color;
  return (
    <svg width={size * 2} height={size} viewBox={`0 0 ${size * 2} ${size}`} aria-hidden="true" className="shrink-0">
      <g stroke={color} strokeWidth={2}>
        <line x1={2} y1={2} x2={size} y2={size / 2} />
        <line x1={2} y1={size - 2} x2={size} y2={size / 2} />
        <line x1={size} y1={size / 2} x2={size * 2 - 2} y2={size / 2} />
      </g>
      {/* As on the canvas: the small dot inside its faintly tinted click target. */}
      <circle cx={size} cy={size / 2} r={(HUB_STYLE.target / 2) * 0.75} fill={color} fillOpacity={HUB_STYLE.haloOpacity} />
      <circle cx={size} cy={size / 2} r={(HUB_STYLE.size / 2) * 0.75} fill={color} />
    </svg>
  );
}

/** A line as the canvas draws it: colour by kind, pattern by status, arrow when directed. */
export function LineSwatch({
  kind,
  status = 'reported',
  directed = false,
  width = 44,
  neutral = false,
}: {
  kind?: RelationKind;
  status?: Status;
  directed?: boolean;
  width?: number;
  /** Draw in dark grey, to show the pattern of a status independent of kind. */
  neutral?: boolean;
}) {
  const s = STATUS_STYLES[status];
  const color = s.struck ? DENIED_COLOR : neutral || !kind ? '#334155' : RELATION_KIND_STYLES[kind].color;
  const h = 14;
  const end = directed ? width - 8 : width - 2;
  return (
    <svg width={width} height={h} viewBox={`0 0 ${width} ${h}`} aria-hidden="true" className="shrink-0">
      <line
        x1={2}
        y1={h / 2}
        x2={end}
        y2={h / 2}
        stroke={color}
        strokeWidth={s.width * 0.85}
        strokeDasharray={s.dash?.map((d) => d * 0.85).join(' ')}
        strokeLinecap={s.roundCap ? 'round' : 'butt'}
      />
      {s.struck && (
        <g stroke={color} strokeWidth={2}>
          <line x1={width / 2 - 3} y1={2} x2={width / 2 - 3} y2={h - 2} />
          <line x1={width / 2 + 3} y1={2} x2={width / 2 + 3} y2={h - 2} />
        </g>
      )}
      {directed && <polygon points={`${width - 9},${h / 2 - 5} ${width - 1},${h / 2} ${width - 9},${h / 2 + 5}`} fill={color} />}
    </svg>
  );
}

export function KindDot({ kind }: { kind: RelationKind }) {
  return <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full" style={{ background: RELATION_KIND_STYLES[kind].color }} />;
}
