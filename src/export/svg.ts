/**
 * The view as a standalone SVG: the same positions, shapes, colours and line styles as the
 * canvas (from the shared style constants), labels under the nodes, a white background and a
 * source line. Drawn from the data rather than traced from the canvas, so it is exact at any
 * size and needs no browser (the CLI writes it too).
 */
import { FONT_STACK, LABEL_COLOR } from '../ui/styleConstants';
import type { NetNode, Network } from './network';
import { xmlEscape } from './xml';
import { maxOf, minOf } from '../model/extent';

const MARGIN = 60;

function shape(n: NetNode): string {
  const { x, y, width: w, height: h, fill, border } = n;
  const stroke = `fill="${fill}" stroke="${border}" stroke-width="${n.kind === 'country' ? 3 : n.kind === 'relation' ? 1.5 : 2}"`;
  switch (n.shape) {
    case 'round-rectangle':
      return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="6" ${stroke}/>`;
    case 'hexagon': {
      const pts = [0, 1, 2, 3, 4, 5].map((i) => {
        const a = (Math.PI / 3) * i;
        return `${(x + (w / 2) * Math.cos(a)).toFixed(1)},${(y + (h / 2) * Math.sin(a)).toFixed(1)}`;
      });
      return `<polygon points="${pts.join(' ')}" ${stroke}/>`;
    }
    case 'diamond':
      return `<polygon points="${x},${y - h / 2} ${x + w / 2},${y} ${x},${y + h / 2} ${x - w / 2},${y}" ${stroke}/>`;
    default:
      return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" ${stroke}/>`;
  }
}

export function toSvg(network: Network, caption: string): string {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const xs = network.nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
  const ys = network.nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 30]);
  const minX = minOf(xs, 0) - MARGIN;
  const minY = minOf(ys, 0) - MARGIN;
  const width = maxOf(xs, 0) - minX + MARGIN;
  const height = maxOf(ys, 0) - minY + MARGIN + 20;
  const colors = [...new Set(network.edges.filter((e) => e.directed).map((e) => e.color))];
  const markers = colors.map((c, i) => `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`);

  // Relations between the same two nodes bend apart, as on the canvas, instead of lying on one line.
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const pairs = new Map<string, number>();
  for (const e of network.edges) pairs.set(pairKey(e.source, e.target), (pairs.get(pairKey(e.source, e.target)) ?? 0) + 1);
  const seen = new Map<string, number>();

  const edges = network.edges.map((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return '';
    const key = pairKey(e.source, e.target);
    const n = pairs.get(key) ?? 1;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // Perpendicular offset, signed by the pair's own orientation so both directions share one fan.
    const flip = e.source < e.target ? 1 : -1;
    const bend = (k - (n - 1) / 2) * 16 * flip;
    const cx = (s.x + t.x) / 2 - (dy / len) * bend * 2;
    const cy = (s.y + t.y) / 2 + (dx / len) * bend * 2;
    // Stop the line at the target's edge so the arrowhead shows.
    const tx = t.x - cx;
    const ty = t.y - cy;
    const tl = Math.hypot(tx, ty) || 1;
    const back = e.directed ? Math.min(tl / 2, t.width / 2 + 2) : 0;
    const x2 = t.x - (tx / tl) * back;
    const y2 = t.y - (ty / tl) * back;
    const dash = e.dash ? ` stroke-dasharray="${e.dash.join(' ')}"` : '';
    const cap = e.status === 'forecast' ? ' stroke-linecap="round"' : '';
    const arrow = e.directed ? ` marker-end="url(#arrow-${colors.indexOf(e.color)})"` : '';
    const d = `M${s.x.toFixed(1)},${s.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
    const line = `<path d="${d}" fill="none" stroke="${e.color}" stroke-width="${e.width}"${dash}${cap}${arrow}><title>${xmlEscape(String(e.attributes.summary))}</title></path>`;
    if (e.status !== 'denied') return line;
    // The bar across a denied relation, at the curve's midpoint.
    const mx = (s.x + 2 * cx + t.x) / 4;
    const my = (s.y + 2 * cy + t.y) / 4;
    return `${line}<line x1="${mx - (dy / len) * 6}" y1="${my + (dx / len) * 6}" x2="${mx + (dy / len) * 6}" y2="${my - (dx / len) * 6}" stroke="${e.color}" stroke-width="2"/>`;
  });

  const nodes = network.nodes.map((n) => {
    const office = typeof n.attributes.offices === 'string' && n.kind === 'person' ? n.attributes.offices.split('; ')[0] : '';
    const weight = n.kind === 'country' ? ' font-weight="600" font-size="13"' : '';
    const second = office ? `<tspan x="${n.x}" dy="13">${xmlEscape(office)}</tspan>` : '';
    const label = n.kind === 'relation' ? '' : `<text x="${n.x}" y="${n.y + n.height / 2 + 13}" text-anchor="middle"${weight}>${xmlEscape(n.label)}${second}</text>`;
    return `<g><title>${xmlEscape(n.label)}</title>${shape(n)}${label}</g>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="${minX} ${minY} ${Math.ceil(width)} ${Math.ceil(height)}" font-family='${FONT_STACK.replace(/'/g, '"')}' font-size="11">`,
    `<rect x="${minX}" y="${minY}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" fill="#ffffff"/>`,
    `<defs>${markers.join('')}</defs>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes" fill="${LABEL_COLOR}" paint-order="stroke">${nodes.join('')}</g>`,
    `<text x="${minX + 12}" y="${minY + height - 12}" fill="#475569" font-size="10">${xmlEscape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
