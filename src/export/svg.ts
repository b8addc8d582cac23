/**
 * The view as a standalone SVG: the same positions, shapes, colours and line styles as the
 * canvas (from the shared style constants), labels under the nodes, a white background and a
 * source line. Drawn from the data rather than traced from the canvas, so it is exact at any
 * size and needs no browser (the CLI writes it too).
 */
import { FONT_STACK, LABEL_COLOR } from '../ui/styleConstants';
import type { NetNode, Network } from './network';
import { xmlEscape } from './xml';

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
  const ys = network.nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 16]);
  const minX = Math.min(0, ...xs) - MARGIN;
  const minY = Math.min(0, ...ys) - MARGIN;
  const width = Math.max(...xs, 0) - minX + MARGIN;
  const height = Math.max(...ys, 0) - minY + MARGIN + 20;
  const colors = [...new Set(network.edges.filter((e) => e.directed).map((e) => e.color))];
  const markers = colors.map((c, i) => `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`);

  const edges = network.edges.map((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return '';
    // Stop the line at the target's edge so the arrowhead shows.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const back = e.directed ? Math.min(len / 2, t.width / 2 + 2) : 0;
    const x2 = t.x - (dx / len) * back;
    const y2 = t.y - (dy / len) * back;
    const dash = e.dash ? ` stroke-dasharray="${e.dash.join(' ')}"` : '';
    const cap = e.status === 'forecast' ? ' stroke-linecap="round"' : '';
    const arrow = e.directed ? ` marker-end="url(#arrow-${colors.indexOf(e.color)})"` : '';
    const line = `<line x1="${s.x}" y1="${s.y}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${e.color}" stroke-width="${e.width}"${dash}${cap}${arrow}><title>${xmlEscape(String(e.attributes.summary))}</title></line>`;
    if (e.status !== 'denied') return line;
    const mx = (s.x + t.x) / 2;
    const my = (s.y + t.y) / 2;
    return `${line}<line x1="${mx - (dy / len) * 6}" y1="${my + (dx / len) * 6}" x2="${mx + (dy / len) * 6}" y2="${my - (dx / len) * 6}" stroke="${e.color}" stroke-width="2"/>`;
  });

  const nodes = network.nodes.map((n) => {
    const label = n.kind === 'relation' ? '' : `<text x="${n.x}" y="${n.y + n.height / 2 + 13}" text-anchor="middle">${xmlEscape(n.label)}</text>`;
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
