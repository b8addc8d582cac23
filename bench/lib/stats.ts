/**
 * Figures → results: medians over runs, capped measurements ("> cap"), ratios and the
 * printed table. Pure, so it is unit-tested without a browser.
 */

/** A measurement: a number, a capped one ("> 120000": it had not finished when the cap hit), or none. */
export type Figure = number | `> ${number}` | null;

export const METRICS = {
  firstFrameMs: { label: 'first graph frame', unit: 'ms', better: 'lower' },
  settledMs: { label: 'settled layout', unit: 'ms', better: 'lower' },
  longestTaskMs: { label: 'longest task (load + layout)', unit: 'ms', better: 'lower' },
  totalBlockingMs: { label: 'total blocking time (load + layout)', unit: 'ms', better: 'lower' },
  overlappingNodes: { label: 'overlapping node pairs', unit: '', better: 'lower' },
  filterCountryMs: { label: 'country filter → frame', unit: 'ms', better: 'lower' },
  filterDateMs: { label: 'date filter → frame', unit: 'ms', better: 'lower' },
  filterKindMs: { label: 'kind filter → frame', unit: 'ms', better: 'lower' },
  brushFrameMs: { label: 'timeline brush → frame', unit: 'ms', better: 'lower' },
  searchKeystrokeMs: { label: 'search keystroke → frame', unit: 'ms', better: 'lower' },
  searchListMs: { label: 'search keystroke → list', unit: 'ms', better: 'lower' },
  panZoomFps: { label: 'pan/zoom frames per second', unit: 'fps', better: 'higher' },
  longestTaskAfterLoadMs: { label: 'longest task after load', unit: 'ms', better: 'lower' },
  heapMB: { label: 'JS heap after load and the interactions', unit: 'MB', better: 'lower' },
  initialJsKB: { label: 'initial JS (gzip)', unit: 'KB', better: 'lower' },
} as const;
export type Metric = keyof typeof METRICS;
export type RunFigures = Partial<Record<Metric, Figure>>;

export const capped = (ms: number): Figure => `> ${Math.round(ms)}`;
export const isCapped = (f: Figure): f is `> ${number}` => typeof f === 'string';
const capValue = (f: `> ${number}`) => Number(f.slice(2));

/**
 * The median of the runs. A capped run counts as larger than any finished one (for a
 * "higher is better" metric it never occurs); when the median itself is capped, so is the result.
 */
export function median(figures: readonly Figure[]): Figure {
  const present = figures.filter((f): f is Exclude<Figure, null> => f !== null);
  if (!present.length) return null;
  const sorted = [...present].sort((a, b) => {
    const va = isCapped(a) ? Infinity : a;
    const vb = isCapped(b) ? Infinity : b;
    return va - vb || (isCapped(a) && isCapped(b) ? capValue(a) - capValue(b) : 0);
  });
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid];
  const [a, b] = [sorted[mid - 1], sorted[mid]];
  if (isCapped(a) || isCapped(b)) return isCapped(b) ? b : a;
  return round((a + b) / 2);
}

/**
 * The worst of the runs — what a user gets on a bad run: the largest for a lower-is-better
 * metric (a capped run is the worst of all), the smallest for a higher-is-better one.
 */
export function worst(figures: readonly Figure[], better: 'lower' | 'higher'): Figure {
  const present = figures.filter((f): f is Exclude<Figure, null> => f !== null);
  if (!present.length) return null;
  const cappedRuns = present.filter(isCapped);
  const finished = present.filter((f): f is number => !isCapped(f));
  if (better === 'lower' && cappedRuns.length) return cappedRuns.reduce((a, b) => (capValue(b) > capValue(a) ? b : a));
  if (!finished.length) return null; // every run capped: no rate was measured
  return better === 'lower' ? Math.max(...finished) : Math.min(...finished);
}

export function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
}

/**
 * Entente ÷ baseline, as a human reads it: "12× faster", "0.8× (slower)". For lower-is-better
 * metrics, baseline ÷ entente; a capped baseline gives "> N×". Empty when either side is missing.
 */
export function ratio(metric: Metric, entente: Figure, baseline: Figure): string {
  if (entente === null || baseline === null || isCapped(entente)) return '';
  const lower = METRICS[metric].better === 'lower';
  if (isCapped(baseline)) return lower && entente > 0 ? `> ${fmtRatio(capValue(baseline) / entente)}× better` : '';
  if (lower ? entente === 0 : baseline === 0) return baseline === entente ? '1×' : '';
  const r = lower ? baseline / entente : entente / baseline;
  return r >= 1 ? `${fmtRatio(r)}× better` : `${fmtRatio(1 / r)}× worse`;
}

const fmtRatio = (r: number) => (r >= 10 ? String(Math.round(r)) : r.toFixed(1));

export function formatFigure(f: Figure, unit = ''): string {
  if (f === null) return '–';
  const u = unit ? ` ${unit}` : '';
  if (isCapped(f)) return `> ${(capValue(f) / 1000).toFixed(0)} s`;
  return `${f}${u}`;
}

export interface SizeResult {
  entities: number;
  relations: number;
  /** Per metric: Entente's median and worst run, the baseline's median. */
  metrics: Partial<Record<Metric, { entente: Figure; ententeWorst?: Figure; baseline: Figure }>>;
  notes?: string[];
}

/** A markdown table (the same one docs/benchmark.md quotes): one row per metric, per size. */
export function table(results: Record<string, SizeResult>): string {
  const lines: string[] = ['| size | metric | Entente (median) | Entente (worst run) | baseline | Entente vs baseline |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [size, r] of Object.entries(results)) {
    const tag = `${size} (${r.entities.toLocaleString('en')}/${r.relations.toLocaleString('en')})`;
    for (const metric of Object.keys(METRICS) as Metric[]) {
      const m = r.metrics[metric];
      if (!m) continue;
      const { unit, label } = METRICS[metric];
      const worstRun = m.ententeWorst === undefined ? '–' : formatFigure(m.ententeWorst, unit);
      lines.push(`| ${tag} | ${label} | ${formatFigure(m.entente, unit)} | ${worstRun} | ${formatFigure(m.baseline, unit)} | ${ratio(metric, m.entente, m.baseline)} |`);
    }
  }
  return lines.join('\n');
}
