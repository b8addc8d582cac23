/**
 * Filters: countries, date range, undated, kinds, statuses. Every change goes through the
 * store (checkbox clicks push a history step; typing a date replaces). An empty list means
 * "no filter", so checking every kind is the same view as checking none: the panel writes
 * the canonical empty list back.
 */
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Entity, Graph } from '../model/schema';
import { RELATION_KINDS, STATUSES, type RelationKind, type Status } from '../model/vocabulary';
import { formatPoint, isValidDatePoint, pointInterval } from '../model/dates';
import { dayString, spansOf, UNDATED } from '../model/daySpans';
import { useStore } from '../state/store';
import { RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';
import { KindDot, LineSwatch } from '../ui/swatches';
import { FlagImage } from '../ui/FlagImage';
import { useFiltersOnly, useFiltersPrepared } from './useVisible';
import { hasActiveFilters, reportingOf } from './visible';
import { clipText } from '../ui/UserText';
import { articleMentions, sourcesByOutlet } from './sources';
import { facetCounts } from './facets';
import { useShowMore } from '../ui/ShowMore';
import { maxOf } from '../model/extent';

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function Fieldset({ legend, children, action }: { legend: string; children: ReactNode; action?: ReactNode }) {
  // Named by its legend explicitly: a legend inside a wrapper is not the fieldset's name for assistive technology.
  const legendId = useId();
  return (
    // min-w-0: a fieldset is at least as wide as its widest unbreakable line by default, and a long
    // country name pushed every count out of the column.
    <fieldset className="min-w-0 border-t border-slate-200 pt-3" aria-labelledby={legendId}>
      <div className="mb-2 flex items-center justify-between">
        <legend id={legendId} className="text-xs font-semibold uppercase tracking-wide text-slate-500">{legend}</legend>
        {action}
      </div>
      {children}
    </fieldset>
  );
}

function Check({ checked, onChange, children, count }: { checked: boolean; onChange: (v: boolean) => void; children: ReactNode; count?: number }) {
  return (
    <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-1.5 py-1 text-sm text-slate-800 hover:bg-slate-100">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-4 shrink-0 accent-sky-700" />
      <span className="flex min-w-0 flex-1 items-center gap-2">{children}</span>
      {count !== undefined && <span className="text-xs tabular-nums text-slate-600">{count}</span>}
    </label>
  );
}

/** Toggle one member of an "empty = all" set, keeping data order and the canonical empty form. */
export function toggleInAll<T extends string>(all: readonly T[], current: readonly T[], item: T, on: boolean): T[] {
  const effective = new Set(current.length ? current : all);
  if (on) effective.add(item);
  else effective.delete(item);
  const next = all.filter((x) => effective.has(x));
  return next.length === all.length ? [] : next;
}

type DateBounds = { first: string; last: string };

function DateInput({ label, value, onValid, bounds }: { label: string; value?: string; onValid: (v: string | undefined) => void; bounds?: DateBounds }) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  // Judge the text once the user leaves the field (or it is as long as a full date), not mid-typing.
  const [settled, setSettled] = useState(false);
  useEffect(() => setDraft(value ?? ''), [value]);
  const trimmed = draft.trim();
  const valid = !trimmed || (DATE_SHAPE.test(trimmed) && isValidDatePoint(trimmed));
  const error = !valid && (settled || trimmed.length >= 10) ? 'Use YYYY, YYYY-MM or YYYY-MM-DD' : undefined;
  const outside =
    valid && trimmed && bounds && (pointInterval(trimmed).last < bounds.first || pointInterval(trimmed).first > bounds.last)
      ? 'Outside the dated relations: only undated ones can show.'
      : undefined;
  const message = error ?? outside;
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        placeholder={bounds ? (label === 'From' ? bounds.first.slice(0, 4) : bounds.last.slice(0, 4)) : 'YYYY-MM-DD'}
        value={draft}
        aria-invalid={!!error}
        aria-describedby={message ? `${id}-msg` : undefined}
        onBlur={() => setSettled(true)}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          setSettled(false);
          const t = next.trim();
          if (!t) onValid(undefined);
          else if (DATE_SHAPE.test(t) && isValidDatePoint(t)) onValid(t);
        }}
        className={`mt-1 w-full rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums text-slate-900 placeholder:text-slate-400 focus:outline-2 focus:outline-sky-600 ${
          error ? 'border-red-500' : 'border-slate-300'
        }`}
      />
      {message && (
        <p id={`${id}-msg`} className={`mt-1 text-xs ${error ? 'text-red-700' : 'text-amber-800'}`}>
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * One row per country (250 in a large graph, each with its flag): drawn again only when the
 * selection or the counts change, not on every step of a timeline brush, whose counts follow
 * in a deferred render.
 */
const CountryChecks = memo(function CountryChecks({
  countries,
  selected,
  counts,
  onToggle,
}: {
  countries: readonly Entity[];
  selected: readonly string[];
  /** Undefined until a large graph's indices are built: no count rather than a wrong one. */
  counts: ReadonlyMap<string, number> | undefined;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <div className="space-y-0.5">
      {countries.map((c) => (
        <CountryCheck key={c.id} country={c} checked={selected.includes(c.id)} count={counts && (counts.get(c.id) ?? 0)} onToggle={onToggle} />
      ))}
    </div>
  );
});

/**
 * One country's row, drawn again only when its own tick or count changes: React rewrites every
 * checkbox it re-renders, and 250 of them took 70 ms of a country filter's frame at 300,000 relations.
 */
const CountryCheck = memo(function CountryCheck({
  country,
  checked,
  count,
  onToggle,
}: {
  country: Entity;
  checked: boolean;
  count: number | undefined;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <Check checked={checked} onChange={(on) => onToggle(country.id, on)} count={count}>
      <FlagImage code={country.id} name={country.name} size={18} />
      <bdi className="min-w-0 truncate" title={country.name.length > 30 ? country.name : undefined}>
        {clipText(country.name, 160)}
      </bdi>
    </Check>
  );
});

export function FiltersPanel({ graph }: { graph: Graph }) {
  const filters = useFiltersOnly();
  const updateView = useStore((s) => s.updateView);
  const clearFilters = useStore((s) => s.clearFilters);

  const countries = useMemo(() => graph.entities.filter((e) => e.kind === 'country').sort((a, b) => a.name.localeCompare(b.name)), [graph]);
  // From the relations' day spans, which the timeline has already worked out: no date is parsed again here.
  const { bounds, undatedCount, kindTotals } = useMemo(() => dateAndKindTotals(graph), [graph]);
  const kinds = RELATION_KINDS.filter((k) => kindTotals.has(k) || filters.kinds.includes(k));
  // The counts within the view the other filters give (facets.ts), not the data's totals.
  // Not recounted as the search query is typed: search hides nothing.
  // Deferred: the graph answers a filter first; the counts follow in the next, interruptible render.
  const counted = useDeferredValue(useFiltersOnly());
  // A large graph's counts wait for its indices, built while the page is idle (visible.ts).
  const prepared = useFiltersPrepared(graph);
  const facets = useMemo(() => (prepared ? facetCounts(graph, { ...counted, query: '' }) : undefined), [graph, counted, prepared]);
  const rangeError = !!filters.from && !!filters.to && pointInterval(filters.from).first > pointInterval(filters.to).last;

  // Stable, so the country list (memo) is not redrawn when another filter changes.
  const setCountry = useCallback(
    (id: string, on: boolean) => {
      const current = useStore.getState().view.countries;
      updateView({ countries: on ? [...current, id].sort() : current.filter((c) => c !== id) }, 'push');
    },
    [updateView],
  );

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-800">Filters</h2>
        <button
          type="button"
          onClick={clearFilters}
          disabled={!hasActiveFilters(filters)}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40"
        >
          Clear filters
        </button>
      </div>

      <Fieldset legend="Countries">
        <p className="mb-1.5 text-xs text-slate-500">
          {filters.countries.length ? 'Only these, their people and bodies, and whom they deal with.' : 'All countries. Tick to focus on some.'}
        </p>
        <CountryChecks countries={countries} selected={filters.countries} counts={facets?.countries} onToggle={setCountry} />
      </Fieldset>

      <Fieldset legend="Date">
        <div className="flex gap-2">
          <DateInput label="From" value={filters.from} bounds={bounds} onValid={(from) => updateView({ from }, 'replace')} />
          <DateInput label="To" value={filters.to} bounds={bounds} onValid={(to) => updateView({ to }, 'replace')} />
        </div>
        {bounds && (
          <p className="mt-1.5 text-xs text-slate-500">
            Dated relations span {formatPoint(bounds.first)} – {formatPoint(bounds.last)}.
          </p>
        )}
        {rangeError && (
          <p className="mt-1.5 text-xs text-red-700" role="alert">
            “From” is after “To”: nothing dated can match.
          </p>
        )}
        <div className="mt-2">
          <Check checked={filters.includeUndated} onChange={(on) => updateView({ includeUndated: on }, 'push')} count={undatedCount}>
            Include relations without a date
          </Check>
        </div>
      </Fieldset>

      <Fieldset legend="Kind">
        <div className="space-y-0.5">
          {kinds.map((kind) => (
            <Check
              key={kind}
              checked={filters.kinds.length === 0 || filters.kinds.includes(kind)}
              onChange={(on) => updateView({ kinds: toggleInAll<RelationKind>(RELATION_KINDS, filters.kinds, kind, on) }, 'push')}
              count={facets && (facets.kinds.get(kind) ?? 0)}
            >
              <KindDot kind={kind} />
              {RELATION_KIND_STYLES[kind].label}
            </Check>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Status">
        <div className="space-y-0.5">
          {STATUSES.map((status) => (
            <Check
              key={status}
              checked={filters.statuses.length === 0 || filters.statuses.includes(status)}
              onChange={(on) => updateView({ statuses: toggleInAll<Status>(STATUSES, filters.statuses, status, on) }, 'push')}
              count={facets && (facets.statuses.get(status) ?? 0)}
            >
              <LineSwatch status={status} neutral width={32} />
              {STATUS_STYLES[status].label}
            </Check>
          ))}
        </div>
      </Fieldset>

      <ReportingFilters graph={graph} />
    </div>
  );
}

/**
 * Contested only, at least N independent outlets, and the Sources facet (articles grouped by
 * outlet): shown when the data has something to choose between.
 */
function ReportingFilters({ graph }: { graph: Graph }) {
  const filters = useFiltersOnly();
  const updateView = useStore((s) => s.updateView);
  // Contested claims and outlets per claim, once the graph's filter indices are built (visible.ts).
  const prepared = useFiltersPrepared(graph);
  const reporting = prepared ? reportingOf(graph) : undefined;
  const contested = reporting?.contested;
  const maxOutlets = useMemo(() => (reporting ? maxOf(reporting.outlets.values(), 1) : 1), [reporting]);
  // The Sources list, once a large graph's indices are built (sources.ts).
  const sourceLists = prepared ? { byOutlet: sourcesByOutlet(graph), mentionCounts: articleMentions(graph.relations) } : undefined;
  const outletId = useId();
  if (graph.articles.length < 2 && !contested?.size) return null;
  const sources = filters.sources ?? [];
  const setSource = (id: string, on: boolean) => updateView({ sources: on ? [...sources, id].sort() : sources.filter((x) => x !== id) }, 'push');

  return (
    <Fieldset legend="Reporting">
      <div className="space-y-0.5">
        <Check checked={!!filters.contestedOnly} onChange={(on) => updateView({ contestedOnly: on }, 'push')} count={contested?.size}>
          Contested only
          <span className="text-xs text-slate-500">(reported and denied)</span>
        </Check>
        <label htmlFor={outletId} className="flex items-center gap-2 px-1.5 py-1 text-sm text-slate-800">
          At least
          <select
            id={outletId}
            value={filters.minOutlets ?? 1}
            onChange={(e) => updateView({ minOutlets: Number(e.target.value) }, 'push')}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-sm"
          >
            {Array.from({ length: Math.max(maxOutlets, filters.minOutlets ?? 1) }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          independent outlet{(filters.minOutlets ?? 1) === 1 ? '' : 's'}
        </label>
      </div>
      {graph.articles.length > 1 && sourceLists && (
        <div className="mt-2" role="group" aria-labelledby={`${outletId}-sources`}>
          <p id={`${outletId}-sources`} className="mb-1 text-xs text-slate-500">
            {sources.length ? 'Only claims these sources mention.' : 'Sources: all. Tick to keep what some mention.'}
          </p>
          <div className="max-h-64 space-y-1.5 overflow-y-auto pr-1">
            {sourceLists.byOutlet.map(([outlet, articles]) => (
              <OutletSources key={outlet} outlet={outlet} articles={articles} sources={sources} setSource={setSource} mentionCounts={sourceLists.mentionCounts} />
            ))}
          </div>
        </div>
      )}
    </Fieldset>
  );
}

/** One outlet's articles in the Sources facet; a large generated set shows the first few, then more on request. */
function OutletSources({
  outlet,
  articles,
  sources,
  setSource,
  mentionCounts,
}: {
  outlet: string;
  articles: Graph['articles'];
  sources: readonly string[];
  setSource: (id: string, on: boolean) => void;
  mentionCounts: ReadonlyMap<string, number>;
}) {
  const [shown, more] = useShowMore(articles.length, 'articles', 8);
  return (
    <div>
      <p className="px-1.5 text-xs font-semibold text-slate-700">
        {outlet} <span className="font-normal text-slate-500">({articles.length})</span>
      </p>
      {articles.slice(0, shown).map((a) => (
        <Check key={a.id} checked={sources.includes(a.id)} onChange={(on) => setSource(a.id, on)} count={mentionCounts.get(a.id) ?? 0}>
          <span className="line-clamp-2 text-xs leading-snug" title={a.title}>
            {a.title}
          </span>
        </Check>
      ))}
      {more}
    </div>
  );
}

/** The dated relations' first and last day, how many are undated, and how many of each kind. */
function dateAndKindTotals(graph: Graph): { bounds?: DateBounds; undatedCount: number; kindTotals: Map<RelationKind, number> } {
  const spans = spansOf(graph.relations);
  let undatedCount = 0;
  const perKind = new Uint32Array(RELATION_KINDS.length);
  for (let i = 0; i < spans.first.length; i++) {
    if (spans.first[i] === UNDATED) undatedCount++;
    perKind[spans.kind[i]]++;
  }
  const kindTotals = new Map<RelationKind, number>();
  RELATION_KINDS.forEach((kind, k) => void (perKind[k] && kindTotals.set(kind, perKind[k])));
  const bounds = spans.bounds && { first: dayString(spans.bounds.first), last: dayString(spans.bounds.last) };
  return { bounds, undatedCount, kindTotals };
}


