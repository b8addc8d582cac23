/**
 * `npm run bench [-- --sizes S,M,L --runs 3 --cap 120 --no-build --smoke]`
 *
 * Builds the app and the baseline page (bench/baseline: plain cytoscape, fcose default
 * quality on the main thread), serves both with `vite preview` on port 4503 (BENCH_PORT),
 * and measures each size in headless Chromium, Entente and baseline in the same run:
 * median of --runs runs (the seed at least 7), taken in turns (Entente, baseline, Entente, …) so that a slow minute
 * on the machine weighs on both pages alike. Every baseline measurement is capped (--cap seconds); a capped one
 * is recorded as "> cap", and when the baseline's layout hits the cap its interactions are
 * measured on preset positions instead (what the prototype figures in issue 4 did).
 *
 * Prints a table with Entente/baseline ratios and writes bench/results.json (commit it).
 * --merge: update only the measured sizes in an existing results file.
 * --smoke: size S, one run, Entente and baseline, results to bench/out/ (keeps it from rotting).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/model/schema';
import { ensureGenerated, generatedDataParam, isSize, type SizeName } from '../scripts/lib/generated';
import { GRAPH_FILE } from '../scripts/lib/data-files';
import { chooseBrushProbe, chooseProbes } from './lib/probes';
import { measureRun, type MeasureOptions } from './lib/measure';
import { median, METRICS, table, worst, type Figure, type Metric, type RunFigures, type SizeResult } from './lib/stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    runs: { type: 'string', default: '3' },
    cap: { type: 'string', default: '120' },
    'no-build': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    merge: { type: 'boolean', default: false },
  },
});

const sizes = (values.smoke ? 'S' : values.sizes).split(',').map((s) => s.trim().toUpperCase());
const runs = values.smoke ? 1 : Number(values.runs);
const capMs = Number(values.cap) * 1000;
const port = Number(process.env.BENCH_PORT ?? 4503);
const outFile = values.out ? resolve(values.out) : join(ROOT, values.smoke ? 'bench/out/smoke.json' : 'bench/results.json');
const targets = (values.only ?? 'entente,baseline').split(',') as Array<'entente' | 'baseline'>;
for (const s of sizes) if (!isSize(s)) throw new Error(`unknown size ${s}`);
if (!(runs >= 1) || !(capMs > 0)) throw new Error('--runs and --cap must be positive numbers');

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  return which.stdout.trim() || undefined; // undefined: Playwright's own Chromium
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function startServer(): Promise<ChildProcess> {
  const url = `http://localhost:${port}/`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is in use: stop that server or set BENCH_PORT`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

function machine(): string {
  const cpu = cpus();
  const chromium = chromiumPath();
  const version = chromium ? spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim() : 'Playwright Chromium';
  return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osType()} ${release()}, Node ${process.versions.node}, ${version} headless, software rendering (--disable-gpu)`;
}

function loadGraphFile(size: SizeName): { graph: Graph; dataParam: string } {
  if (size === 'S') return { graph: JSON.parse(readFileSync(GRAPH_FILE, 'utf8')) as Graph, dataParam: 'data/graph.json' };
  const file = ensureGenerated(size);
  return { graph: JSON.parse(readFileSync(file, 'utf8')) as Graph, dataParam: generatedDataParam(size) };
}

/** One page's runs at one size: measured a run at a time, until `runs` or a capped load. */
interface Series {
  label: string;
  opts: MeasureOptions;
  figures: RunFigures[];
  capped: boolean;
}

const series = (label: string, opts: MeasureOptions): Series => ({ label, opts, figures: [], capped: false });

/**
 * The seed loads in about 0.3 s, where a slow moment on the machine weighs most: single
 * baseline loads varied from 224 to 412 ms here. Its runs cost ~9 s each, so it gets at least
 * seven of each page (a smoke run keeps its one).
 */
const SEED_MIN_RUNS = 7;
const runsFor = (size: SizeName) => (size === 'S' && !values.smoke ? Math.max(runs, SEED_MIN_RUNS) : runs);

async function measureOnce(s: Series, n: number): Promise<void> {
  const started = Date.now();
  const outcome = await measureRun(s.opts);
  s.figures.push(outcome.figures);
  s.capped ||= outcome.capped;
  const shown = Object.entries(outcome.figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`  ${s.label} run ${s.figures.length}/${n} (${((Date.now() - started) / 1000).toFixed(0)} s): ${shown}${outcome.notes.length ? ` [${outcome.notes.join('; ')}]` : ''}`);
}

/**
 * Runs the series in turns, one run of each per round. A capped load would be capped again:
 * its series stops there rather than spend another cap on it.
 */
async function inTurns(all: Series[], n: number): Promise<void> {
  for (let round = 0; round < n; round++) for (const s of all) if (!s.capped && s.figures.length === round) await measureOnce(s, n);
}

/** One figure per metric over the runs: their median, or their worst. */
function overRuns(all: RunFigures[], pick: (figures: Figure[], better: 'lower' | 'higher') => Figure): RunFigures {
  const figures: RunFigures = {};
  for (const metric of Object.keys(METRICS) as Metric[]) {
    const list = all.map((f) => f[metric]).filter((f): f is Figure => f !== undefined);
    if (list.length) figures[metric] = pick(list, METRICS[metric].better);
  }
  return figures;
}
const medianFigures = (all: RunFigures[]) => overRuns(all, median);
const worstFigures = (all: RunFigures[]) => overRuns(all, worst);

async function main() {
  const chromium = chromiumPath();
  if (!values['no-build']) {
    console.log('━━ Building the app and the baseline page ━━');
    run('npx', ['vite', 'build', '--logLevel', 'warn']);
    run('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.ts']);
  }
  const server = await startServer();
  const base = `http://localhost:${port}/`;
  const results: Record<string, SizeResult> = {};
  try {
    for (const size of sizes as SizeName[]) {
      const { graph, dataParam } = loadGraphFile(size);
      const probes = chooseProbes(graph);
      console.log(`\n━━ ${size}: ${graph.entities.length} entities, ${graph.relations.length} relations ━━`);
      const entry: SizeResult = { entities: graph.entities.length, relations: graph.relations.length, metrics: {} };
      const put = (who: 'entente' | 'ententeWorst' | 'baseline', figures: RunFigures) => {
        for (const [metric, value] of Object.entries(figures) as Array<[Metric, Figure]>) {
          entry.metrics[metric] ??= { entente: null, baseline: null };
          entry.metrics[metric]![who] = value;
        }
      };
      const baselineUrl = `${base}baseline/?data=${dataParam}`;
      const brushProbe = (from: string, to: string) => chooseBrushProbe(graph, from, to);
      const entente = targets.includes('entente') ? series('Entente', { url: size === 'S' ? base : `${base}?data=${dataParam}`, capMs, probes, brushProbe, executablePath: chromium }) : undefined;
      const fcose = targets.includes('baseline') ? series('baseline (fcose)', { url: baselineUrl, capMs, probes, executablePath: chromium }) : undefined;
      await inTurns([entente, fcose].filter((s): s is Series => !!s), runsFor(size));
      if (entente) {
        put('entente', medianFigures(entente.figures));
        put('ententeWorst', worstFigures(entente.figures));
      }
      if (fcose) {
        put('baseline', medianFigures(fcose.figures));
        if (fcose.capped) {
          const preset = series('baseline (preset positions)', { url: `${baselineUrl}&layout=preset`, capMs, probes, executablePath: chromium, interactionsOnly: true });
          await inTurns([preset], runsFor(size));
          put('baseline', medianFigures(preset.figures));
          entry.notes = ['baseline layout capped: its interaction figures are measured on preset positions'];
        }
      }
      results[size] = entry;
    }
  } finally {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }

  // {size: {metric: {entente, baseline}}}, with what was measured and how beside it.
  // --merge: keep the sizes measured earlier (e.g. XL in a separate, longer run).
  const previous = values.merge && existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, unknown>) : {};
  const report: Record<string, unknown> = { ...previous, date: new Date().toISOString(), machine: machine(), capSeconds: capMs / 1000, datasets: { ...((previous.datasets as object) ?? {}) } };
  for (const [size, r] of Object.entries(results)) {
    (report.datasets as Record<string, unknown>)[size] = { entities: r.entities, relations: r.relations, runs: runsFor(size as SizeName), ...(r.notes ? { notes: r.notes } : {}) };
    report[size] = r.metrics;
  }
  console.log(`\n${table(results)}\n`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${outFile.slice(ROOT.length + 1)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
