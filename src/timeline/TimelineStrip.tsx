/**
 * The timeline strip under the graph: relations over time as a histogram stacked by kind, bins
 * that suit the span shown (day, month or year), relations without a date counted beside it.
 * The brush is the date filter (the link's from/to): drag across the bars to choose a range,
 * drag the range to move it, drag its edges to resize, click a bar for that bar alone. A pair
 * of sliders does the same from the keyboard, and a table says it all in text. Play steps a
 * window of the range's width through time while the graph follows.
 *
 * One canvas, drawn from aggregated counts (bins.ts): never one DOM element per relation, so
 * brushing costs the same at 60,000 relations. The histogram counts what the other filters
 * (kind, status, country) let through, so the range is chosen against what the graph can show.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { formatPoint, pointInterval } from '../model/dates';
import type { Graph } from '../model/schema';
import { RELATION_KINDS } from '../model/vocabulary';
import { RELATION_KIND_STYLES } from '../ui/styleConstants';
import { useStore } from '../state/store';
import type { HistoryMode } from '../state/viewState';
import { useFiltersOnly } from '../filters/useVisible';
import { countryFocus, passesRelationFilters, relationFocusMask } from '../filters/visible';
import { binLabel, binOf, dayNumber, focusSpan, histogram, KINDS, spansOf, type BinUnit, type Histogram } from './bins';
import { formatCount } from '../ui/format';

const HEIGHT = 64;
const PLAY_STEP_MS = 900;
const UNIT_WORDS: Record<BinUnit, string> = { day: 'by day', month: 'by month', year: 'by year' };

/** The brush as bin indices (inclusive), or undefined when the date filter is open at both ends. */
export function brushBins(h: Histogram, from?: string, to?: string): { a: number; b: number } | undefined {
  if (!from && !to) return undefined;
  const bins = h.edges.length - 1;
  const a = from ? binOf(h.edges, dayNumber(pointInterval(from).first)) : 0;
  const b = to ? binOf(h.edges, dayNumber(pointInterval(to).last)) : bins - 1;
  return { a: Math.max(0, Math.min(a, bins - 1)), b: Math.max(0, Math.min(b, bins - 1)) };
}

function binTitle(h: Histogram, i: number): string {
  return formatPoint(binLabel(h.edges[i], h.unit));
}

type Zoom = 'auto' | 'whole' | { first: number; last: number };

/** The days the strip shows: where the dates are (and the range in the link), the whole span, or a zoom. */
function domainOf(spans: ReturnType<typeof spansOf>, zoom: Zoom, from?: string, to?: string): { first: number; last: number } | undefined {
  if (!spans.bounds) return undefined;
  if (zoom === 'whole') return spans.bounds;
  if (zoom !== 'auto') return zoom;
  const focus = focusSpan(spans)!;
  const first = from ? Math.min(focus.first, dayNumber(pointInterval(from).first)) : focus.first;
  const last = to ? Math.max(focus.last, dayNumber(pointInterval(to).last)) : focus.last;
  return { first, last };
}

function useHistogram(graph: Graph, domain: { first: number; last: number } | undefined) {
  // Deferred: the graph answers a filter first; the bars follow in the next, interruptible render.
  // Without the query: search hides nothing, so typing never recounts the bars.
  const filters = useDeferredValue(useFiltersOnly());
  const { countries, kinds, statuses } = filters;
  const first = domain?.first;
  const last = domain?.last;
  return useMemo(() => {
    if (first === undefined || last === undefined) return undefined;
    const spans = spansOf(graph.relations);
    const focus = countryFocus(graph, countries);
    const view = { countries, kinds, statuses, query: '', includeUndated: true };
    const relations = graph.relations;
    // A mask by relation: at 300,000 relations a Set lookup per participant made this a 140 ms task after each country filter.
    const inFocus = focus && relationFocusMask(graph, focus);
    const include = (i: number) => (!inFocus || inFocus[i] === 1) && passesRelationFilters(relations[i], view);
    return histogram(spans, first, last, include);
  }, [graph, first, last, countries, kinds, statuses]);
}

function draw(canvas: HTMLCanvasElement, h: Histogram, brush: { a: number; b: number } | undefined, hover: number | undefined) {
  const width = canvas.clientWidth;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(HEIGHT * ratio)) canvas.height = Math.round(HEIGHT * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, HEIGHT);
  const bins = h.edges.length - 1;
  const bw = width / bins;
  const gap = bw > 4 ? 1 : 0;
  const scale = h.max ? (HEIGHT - 6) / h.max : 0;
  for (let i = 0; i < bins; i++) {
    let y = HEIGHT;
    const dim = brush && (i < brush.a || i > brush.b);
    ctx.globalAlpha = dim ? 0.28 : 1;
    for (let k = 0; k < KINDS; k++) {
      const n = h.counts[i * KINDS + k];
      if (!n) continue;
      const hgt = Math.max(1, n * scale);
      ctx.fillStyle = RELATION_KIND_STYLES[RELATION_KINDS[k]].color;
      ctx.fillRect(i * bw + gap / 2, y - hgt, Math.max(1, bw - gap), hgt);
      y -= hgt;
    }
  }
  ctx.globalAlpha = 1;
  if (hover !== undefined) {
    ctx.fillStyle = 'rgba(15, 23, 42, 0.08)';
    ctx.fillRect(hover * bw, 0, bw, HEIGHT);
  }
  if (brush) {
    const x0 = brush.a * bw;
    const x1 = (brush.b + 1) * bw;
    ctx.strokeStyle = '#0369a1';
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 + 1, 1, x1 - x0 - 2, HEIGHT - 2);
    ctx.fillStyle = '#0369a1';
    ctx.fillRect(x0, HEIGHT / 2 - 10, 4, 20);
    ctx.fillRect(x1 - 4, HEIGHT / 2 - 10, 4, 20);
  }
}

type Drag = { mode: 'new' | 'move' | 'start' | 'end'; anchor: number; a: number; b: number; moved: boolean };

export function TimelineStrip({ graph }: { graph: Graph }) {
  const from = useStore((s) => s.view.from);
  const to = useStore((s) => s.view.to);
  const updateView = useStore((s) => s.updateView);
  const [zoom, setZoom] = useState<Zoom>('auto');
  const spans = spansOf(graph.relations);
  // The automatic span follows the link's range only when the strip is opened, not while brushing.
  const [opened] = useState(() => ({ from, to }));
  const domain = useMemo(() => domainOf(spans, zoom, opened.from, opened.to), [spans, zoom, opened]);
  const h = useHistogram(graph, domain);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drag = useRef<Drag | undefined>(undefined);
  const [hover, setHover] = useState<number | undefined>();
  const setTimeHover = useStore((s) => s.setTimeHover);
  // The graph emphasises what the hovered bar counts (HighlightController); cleared on leaving.
  useEffect(() => {
    setTimeHover(h && hover !== undefined && hover < h.edges.length - 1 ? { first: h.edges[hover], last: h.edges[hover + 1] - 1 } : undefined);
  }, [h, hover, setTimeHover]);
  useEffect(() => () => setTimeHover(undefined), [setTimeHover]);
  const [playing, setPlaying] = useState(false);
  const [width, setWidth] = useState(0);
  const ids = { from: useId(), to: useId(), table: useId() };
  const brush = h ? brushBins(h, from, to) : undefined;
  const hasHistogram = h !== undefined;
  const bins = h ? h.edges.length - 1 : 0;

  const setRange = useCallback(
    (a: number, b: number, mode: HistoryMode) => {
      if (!h) return;
      const lo = Math.max(0, Math.min(a, b));
      const hi = Math.min(bins - 1, Math.max(a, b));
      updateView({ from: binLabel(h.edges[lo], h.unit), to: binLabel(h.edges[hi], h.unit) }, mode);
    },
    [h, bins, updateView],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(() => setWidth(canvas.clientWidth));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [hasHistogram]);

  const brushA = brush?.a;
  const brushB = brush?.b;
  useEffect(() => {
    const range = brushA === undefined || brushB === undefined ? undefined : { a: brushA, b: brushB };
    if (canvasRef.current && h && width) draw(canvasRef.current, h, range, hover);
  }, [h, brushA, brushB, hover, width]);

  // Play: the window keeps its width and steps one bin at a time; it stops at the end.
  useEffect(() => {
    if (!playing || !h) return;
    let first = true;
    const timer = window.setInterval(() => {
      const current = brushBins(h, useStore.getState().view.from, useStore.getState().view.to) ?? { a: 0, b: Math.max(0, Math.round(bins / 8) - 1) };
      const span = current.b - current.a;
      if (current.b >= bins - 1) {
        setPlaying(false);
        return;
      }
      setRange(current.a + 1, current.a + 1 + span, first ? 'push' : 'amend');
      first = false;
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, h, bins, setRange]);

  if (!h) {
    return (
      <section aria-label="Timeline" className="border-t border-slate-200 bg-white px-4 py-2 text-xs text-slate-600" data-testid="timeline">
        Timeline: no relation in this data set has a date.
      </section>
    );
  }

  const binAtX = (clientX: number) => {
    const rect = canvasRef.current!.getBoundingClientRect();
    return Math.max(0, Math.min(bins - 1, Math.floor(((clientX - rect.left) / rect.width) * bins)));
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    const bin = binAtX(e.clientX);
    const rect = canvasRef.current!.getBoundingClientRect();
    const bw = rect.width / bins;
    const x = e.clientX - rect.left;
    let mode: Drag['mode'] = 'new';
    if (brush) {
      const x0 = brush.a * bw;
      const x1 = (brush.b + 1) * bw;
      if (Math.abs(x - x0) <= 6) mode = 'start';
      else if (Math.abs(x - x1) <= 6) mode = 'end';
      else if (x > x0 && x < x1) mode = 'move';
    }
    drag.current = { mode, anchor: bin, a: brush?.a ?? bin, b: brush?.b ?? bin, moved: false };
    // While brushing, the range is what the graph shows: a hovered bar's emphasis would be
    // recomputed and restyled at every step for a bar the user is no longer pointing at.
    setHover(undefined);
    e.currentTarget.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const bin = binAtX(e.clientX);
    const d = drag.current;
    if (!d) {
      setHover(bin);
      return;
    }
    if (bin === d.anchor && !d.moved) return;
    const mode: HistoryMode = d.moved ? 'amend' : 'push';
    d.moved = true;
    if (d.mode === 'new') setRange(d.anchor, bin, mode);
    else if (d.mode === 'start') setRange(bin, d.b, mode);
    else if (d.mode === 'end') setRange(d.a, bin, mode);
    else {
      const width = d.b - d.a;
      const a = Math.max(0, Math.min(bins - 1 - width, d.a + bin - d.anchor));
      setRange(a, a + width, mode);
    }
  };

  const onPointerUp = () => {
    const d = drag.current;
    drag.current = undefined;
    if (d && !d.moved && d.mode !== 'move') setRange(d.anchor, d.anchor, 'push');
  };

  const hoverText =
    hover !== undefined
      ? `${binTitle(h, hover)}: ${RELATION_KINDS.map((k, j) => [RELATION_KIND_STYLES[k].label, h.counts[hover * KINDS + j]] as const)
          .filter(([, n]) => n)
          .map(([label, n]) => `${n} ${label.toLowerCase()}`)
          .join(', ') || 'none'}`
      : undefined;
  const a = brush?.a ?? 0;
  const b = brush?.b ?? bins - 1;
  const rangeWords = brush ? `${binTitle(h, brush.a)} – ${binTitle(h, brush.b)}` : 'all dates';

  return (
    <section aria-labelledby={`${ids.table}-title`} className="border-t border-slate-200 bg-white px-4 pb-2 pt-1.5" data-testid="timeline">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <h2 id={`${ids.table}-title`} className="text-xs font-semibold uppercase tracking-wide text-slate-500">
          Timeline
        </h2>
        <span>
          {UNIT_WORDS[h.unit]} · <span className="font-medium text-slate-800" data-testid="timeline-range">{rangeWords}</span>
        </span>
        <span data-testid="timeline-undated">
          {formatCount(h.undated)} undated
          {h.outside > 0 && ` · ${formatCount(h.outside)} outside this span`}
        </span>
        <span className="ml-auto flex items-center gap-1.5">
          <button
            type="button"
            onClick={() => setPlaying((p) => !p)}
            aria-pressed={playing}
            className="rounded-md border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 hover:bg-slate-50"
            title="Step a window of the range's width through time; the graph follows"
          >
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          {brush && brush.b > brush.a && (brush.a > 0 || brush.b < bins - 1) && (
            <button
              type="button"
              onClick={() => setZoom({ first: h.edges[brush.a], last: h.edges[brush.b + 1] - 1 })}
              className="rounded-md border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 hover:bg-slate-50"
            >
              Zoom to range
            </button>
          )}
          {(zoom !== 'whole' && (h.outside > 0 || zoom !== 'auto')) && (
            <button type="button" onClick={() => setZoom('whole')} className="rounded-md border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 hover:bg-slate-50">
              Whole span
            </button>
          )}
          {brush && (
            <button
              type="button"
              onClick={() => {
                setPlaying(false);
                updateView({ from: undefined, to: undefined }, 'push');
              }}
              className="rounded-md border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 hover:bg-slate-50"
            >
              Clear range
            </button>
          )}
        </span>
      </div>
      <div className="relative mt-1">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`Relations over time, ${UNIT_WORDS[h.unit]}, from ${binTitle(h, 0)} to ${binTitle(h, bins - 1)}; selected range: ${rangeWords}. The table below gives the numbers.`}
          style={{ height: HEIGHT }}
          className="block w-full cursor-crosshair touch-none select-none"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (drag.current = undefined)}
          onPointerLeave={() => setHover(undefined)}
          data-testid="timeline-canvas"
        />
        {hoverText && (
          <p className="pointer-events-none absolute -top-1 left-1/2 -translate-x-1/2 -translate-y-full rounded bg-slate-900 px-2 py-0.5 text-[11px] text-white" role="status">
            {hoverText}
          </p>
        )}
      </div>
      <div className="mt-0.5 flex justify-between text-[11px] text-slate-500">
        <span>{binTitle(h, 0)}</span>
        <span>{binTitle(h, bins - 1)}</span>
      </div>
      <div className="mt-1 grid grid-cols-2 gap-3 text-xs text-slate-700">
        <label htmlFor={ids.from} className="flex items-center gap-2">
          <span className="w-9 shrink-0">From</span>
          <input
            id={ids.from}
            type="range"
            min={0}
            max={bins - 1}
            value={a}
            aria-valuetext={binTitle(h, a)}
            onChange={(e) => setRange(Number(e.target.value), Math.max(Number(e.target.value), b), 'replace')}
            className="w-full accent-sky-700"
            data-testid="timeline-from"
          />
        </label>
        <label htmlFor={ids.to} className="flex items-center gap-2">
          <span className="w-9 shrink-0">To</span>
          <input
            id={ids.to}
            type="range"
            min={0}
            max={bins - 1}
            value={b}
            aria-valuetext={binTitle(h, b)}
            onChange={(e) => setRange(Math.min(a, Number(e.target.value)), Number(e.target.value), 'replace')}
            className="w-full accent-sky-700"
            data-testid="timeline-to"
          />
        </label>
      </div>
      <details className="mt-1 text-xs text-slate-700">
        <summary className="cursor-pointer text-slate-600">Timeline as a table</summary>
        <TimelineTable h={h} />
      </details>
    </section>
  );
}

/** The text alternative: each bin that has relations, with its count per kind. */
function TimelineTable({ h }: { h: Histogram }) {
  const rows: number[] = [];
  for (let i = 0; i < h.edges.length - 1; i++) {
    let total = 0;
    for (let k = 0; k < KINDS; k++) total += h.counts[i * KINDS + k];
    if (total) rows.push(i);
  }
  return (
    // Focusable, so the keyboard can scroll a long table.
    <div className="mt-1 max-h-48 overflow-auto focus-visible:outline-2 focus-visible:outline-sky-600" tabIndex={0} role="region" aria-label="Timeline as a table">
      <table className="w-full text-left">
        <caption className="sr-only">Relations active in each period, by kind</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-2 font-medium">
              Period
            </th>
            {RELATION_KINDS.map((k) => (
              <th key={k} scope="col" className="pr-2 font-medium">
                {RELATION_KIND_STYLES[k].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <th scope="row" className="pr-2 font-normal">
                {binTitle(h, i)}
              </th>
              {RELATION_KINDS.map((k, j) => (
                <td key={k} className="pr-2 tabular-nums">
                  {h.counts[i * KINDS + j] || ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>No dated relation passes the other filters.</p>}
    </div>
  );
}
