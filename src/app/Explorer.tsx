/**
 * The explorer page: header (name, source, search, share slot), filters and legend on the
 * left, the graph or list in the middle, details on the right. On a phone the panels stack,
 * filters and legend fold away, and the details of a selection rise as a bottom sheet.
 */
import { lazy, memo, Suspense, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { useFiltersOnly, useVisible } from '../filters/useVisible';
import { countLine, hasActiveFilters } from '../filters/visible';
import { GraphView as GraphViewPlain } from '../graph/GraphView';
import { TimelineStrip as TimelineStripPlain } from '../timeline/TimelineStrip';
import { ListView } from '../list/ListView';
import { SearchBox as SearchBoxPlain } from '../search/SearchBox';
import { legendMarks } from '../legend/legendMarks';
import { isLargeGraph } from '../graph/scale';
import { Byline, isSampleText } from '../sidebar/ArticleByline';
import { Logo } from './Logo';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { UserText } from '../ui/UserText';
import { DETAILS_PANEL_ID, GRAPH_CANVAS_ID, focusById } from '../ui/focusTargets';

// The panels are shown a frame after the graph (useAfterFirstPaint), and their code is fetched
// then too: the first frame waits only for what draws the graph. Not the timeline: it takes
// height from the canvas, which the first view is framed in again when it arrives; a frame
// later, not a download later, or a reader's first drag could start on a moving picture. Nor
// the list: a Tab pressed right after choosing its tab must land in it, not past it.
const FiltersPanel = lazy(() => import('../filters/FiltersPanel').then((m) => ({ default: memo(m.FiltersPanel) })));
const Legend = lazy(() => import('../legend/Legend').then((m) => ({ default: memo(m.Legend) })));
const Sidebar = lazy(() => import('../sidebar/Sidebar').then((m) => ({ default: m.Sidebar })));

// Memoized: the details' deferred render (panelVisible below) re-renders this page, and these
// panels, whose props it does not change, would otherwise render a second time for every filter.
const GraphView = memo(GraphViewPlain);
const TimelineStrip = memo(TimelineStripPlain);
const SearchBox = memo(SearchBoxPlain);

/** Hidden until focused: the first thing a keyboard reaches on the page. */
const SKIP_LINK =
  'sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-sky-800 focus:shadow-lg focus:outline-2 focus:outline-sky-700';

type Tab = 'graph' | 'list';

/** "17 articles · 16 sample texts, not published": said before anything else is read. */
function SourcesLine({ articles }: { articles: Graph['articles'] }) {
  const samples = articles.filter(isSampleText).length;
  return (
    <>
      {articles.length} source article{articles.length === 1 ? '' : 's'}
      {samples > 0 && (
        <span className="font-medium text-violet-800">
          {' '}
          · {samples === articles.length ? 'all' : samples} sample texts, not published articles
        </span>
      )}
    </>
  );
}

function Tabs({ tab, setTab }: { tab: Tab; setTab: (t: Tab) => void }) {
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ graph: null, list: null });
  const tabs: Array<[Tab, string]> = [
    ['graph', 'Graph'],
    ['list', 'List'],
  ];
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next: Tab = tab === 'graph' ? 'list' : 'graph';
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="inline-flex rounded-lg bg-slate-200/70 p-0.5" onKeyDown={onKeyDown}>
      {tabs.map(([id, label]) => (
        <button
          key={id}
          ref={(el) => void (refs.current[id] = el)}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => setTab(id)}
          className={`rounded-md px-3 py-1 text-sm font-medium ${tab === id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

type PhonePanel = 'filters' | 'legend' | undefined;

/** On a phone, filters and legend fold behind two toggles; on wide screens both are always open. */
function PanelToggle({ panel, open, setOpen, children }: { panel: 'filters' | 'legend'; open: PhonePanel; setOpen: (p: PhonePanel) => void; children: ReactNode }) {
  const expanded = open === panel;
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={`panel-${panel}`}
      onClick={() => setOpen(expanded ? undefined : panel)}
      className={`flex flex-1 items-center justify-center gap-1.5 px-3 py-2 text-sm font-medium ${expanded ? 'bg-slate-100 text-slate-900' : 'text-slate-700'}`}
    >
      {children}
      <span aria-hidden="true" className={`text-xs transition-transform ${expanded ? 'rotate-180' : ''}`}>
        ▾
      </span>
    </button>
  );
}

/** The filters' and the legend's places in the left column (a phone shows the one its toggle opened). */
function FilterAndLegendSlots({ phonePanel, filters, legend }: { phonePanel: PhonePanel; filters?: ReactNode; legend?: ReactNode }) {
  return (
    <>
      <div id="panel-filters" className={`${phonePanel === 'filters' ? 'block' : 'hidden'} border-t border-slate-200 px-4 py-4 lg:block lg:border-0 lg:p-0`}>
        {filters}
      </div>
      <div id="panel-legend" className={`${phonePanel === 'legend' ? 'block' : 'hidden'} border-t border-slate-200 px-4 py-4 lg:mt-6 lg:block lg:px-0 lg:pb-0`}>
        <h2 className="sr-only text-sm font-semibold text-slate-800 lg:not-sr-only lg:mb-2">Legend</h2>
        {legend}
      </div>
    </>
  );
}

/**
 * Over the canvas when no relation is shown: when filters hide them, say so and offer the way
 * back; when the data holds none, say that (there is nothing to clear).
 */
export function NothingMatches({ empty = false }: { empty?: boolean }) {
  const clearFilters = useStore((s) => s.clearFilters);
  return (
    <div className="absolute inset-x-0 top-16 z-10 flex justify-center px-4">
      <div role="status" className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-2.5 text-sm text-slate-700 shadow-md">
        {empty ? (
          'This data holds no relations yet.'
        ) : (
          <>
            No relation matches these filters.
            <button type="button" onClick={clearFilters} className="rounded-md bg-slate-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-slate-700">
              Clear filters
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function activeFilterCount(f: ReturnType<typeof useFiltersOnly>): number {
  return [f.countries.length > 0, !!(f.from || f.to), !f.includeUndated, f.kinds.length > 0, f.statuses.length > 0, !!f.contestedOnly, (f.minOutlets ?? 1) > 1, (f.sources?.length ?? 0) > 0].filter(Boolean).length;
}

/** `titleBadge` sits beside the app's name: what kind of copy this is (read-only when served as static files). */
export function Explorer({ graph, texts, headerActions, titleBadge }: { graph: Graph; texts: ReadonlyMap<string, string>; headerActions?: ReactNode; titleBadge?: ReactNode }) {
  const visible = useVisible(graph);
  // The details and the list follow a filter in a render of their own, after the graph's frame:
  // at 20,000 entities a timeline brush step must not wait for the sources list to re-render.
  const panelVisible = useDeferredValue(visible);
  const filters = useFiltersOnly();
  // Whether there is a query, not the query: the page does not re-render for every keystroke.
  const searching = useStore((s) => s.view.query.trim() !== '');
  const hasSelection = useStore((s) => !!s.view.selected);
  const [tab, setTab] = useState<Tab>('graph');
  const [phonePanel, setPhonePanel] = useState<PhonePanel>();
  // A phone's details sheet opens tall enough for the quote; the user may raise it to full height.
  const [sheetFull, setSheetFull] = useState(false);
  const sheet = useMemo(() => ({ full: sheetFull, toggle: () => setSheetFull((f) => !f) }), [sheetFull]);
  if (!hasSelection && sheetFull) setSheetFull(false);
  const article = graph.articles.length === 1 ? graph.articles[0] : undefined;
  const active = activeFilterCount(filters);
  // The graph first; filters, legend and details a frame later, into asides of fixed width.
  const panels = useAfterFirstPaint();
  // Read with the legend, a frame after the graph: at 300,000 relations it is a pass over them all.
  const marks = useMemo(() => (panels ? legendMarks(graph) : undefined), [graph, panels]);

  const skipTo = (id: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    if (id === GRAPH_CANVAS_ID && tab !== 'graph') setTab('graph');
    // The graph tab may have just been shown: focus once it is rendered.
    requestAnimationFrame(() => focusById(id));
  };

  return (
    <>
      <nav aria-label="Skip links" className="contents">
        <a href={`#${GRAPH_CANVAS_ID}`} onClick={skipTo(GRAPH_CANVAS_ID)} className={SKIP_LINK}>
          Skip to graph
        </a>
        <a href={`#${DETAILS_PANEL_ID}`} onClick={skipTo(DETAILS_PANEL_ID)} className={SKIP_LINK}>
          Skip to details
        </a>
      </nav>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2.5">
        <div className="flex min-w-0 flex-1 items-center gap-3 sm:flex-none">
          <Logo />
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <h1 className="text-base font-semibold leading-tight tracking-tight text-slate-900">Entente</h1>
              {titleBadge}
            </div>
            <p className="truncate text-xs text-slate-500 sm:max-w-[22rem] xl:max-w-[26rem]" title={article?.title}>
              {article ? (
                <>
                  <Byline article={article} /> · <UserText className="text-slate-700" text={article.title} max={300} />
                </>
              ) : (
                <SourcesLine articles={graph.articles} />
              )}
            </p>
          </div>
        </div>
        <div className="order-last w-full sm:order-none sm:ml-auto sm:w-80 lg:w-96">
          <SearchBox graph={graph} visible={visible} />
        </div>
        {/* Share slot: the url/ module mounts its "Copy link" button here. */}
        <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto sm:flex-nowrap" data-slot="header-actions">
          {headerActions}
        </div>
      </header>

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <main className="flex min-h-0 min-w-0 flex-1 flex-col">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white/80 px-4 py-2">
            <Tabs tab={tab} setTab={setTab} />
            <p className="text-xs text-slate-600 sm:text-sm" aria-live="polite" data-testid="count-line">
              {countLine(graph, visible)}
              {hasActiveFilters(filters) && <span className="text-slate-500"> · filtered</span>}
              {searching && (
                <span className="text-sky-700">
                  {' '}
                  · {visible.matches.size} {visible.matches.size === 1 ? 'match' : 'matches'}
                </span>
              )}
            </p>
          </div>
          <div
            id="panel-graph"
            role="tabpanel"
            aria-labelledby="tab-graph"
            hidden={tab !== 'graph'}
            className="relative h-[62dvh] min-h-[360px] bg-[radial-gradient(circle,#e2e8f0_1px,transparent_1px)] [background-size:22px_22px] lg:h-auto lg:flex-1"
          >
            {visible.relations.size === 0 && <NothingMatches empty={graph.relations.length === 0} />}
            <GraphView graph={graph} visible={visible} label={`Relations graph: ${countLine(graph, visible)}. The List tab gives the same content as tables.`} />
          </div>
          <div id="panel-list" role="tabpanel" aria-labelledby="tab-list" hidden={tab !== 'list'} className="min-h-0 flex-1">
            {tab === 'list' && <ListView graph={graph} visible={panelVisible} />}
          </div>
          {panels && <TimelineStrip graph={graph} />}
        </main>

        <aside
          aria-label="Details"
          id={DETAILS_PANEL_ID}
          tabIndex={-1}
          data-details-sheet
          className={`flex shrink-0 flex-col border-slate-200 bg-white lg:static lg:w-[22rem] lg:border-l lg:shadow-none xl:w-[26rem] ${
            hasSelection
              ? `fixed inset-x-0 bottom-0 z-20 ${sheetFull ? 'h-[calc(100dvh-3rem)]' : 'max-h-[58dvh]'} overflow-hidden rounded-t-2xl border-t shadow-[0_-8px_30px_rgba(15,23,42,0.18)] lg:h-auto lg:max-h-none lg:rounded-none lg:border-t-0`
              : 'border-t lg:border-t-0'
          }`}
        >
          {panels && (
            <Suspense fallback={null}>
              <Sidebar graph={graph} texts={texts} visible={panelVisible} sheet={sheet} />
            </Suspense>
          )}
        </aside>
        {/* After the graph and the details in the tab order (order-first draws it on the left, or on top on a phone). */}
        <aside aria-label="Filters and legend" className="order-first shrink-0 border-b border-slate-200 bg-white lg:w-64 lg:overflow-y-auto lg:border-b-0 lg:border-r lg:px-4 lg:py-4">
          <div className="flex divide-x divide-slate-200 lg:hidden">
            <PanelToggle panel="filters" open={phonePanel} setOpen={setPhonePanel}>
              Filters
              {active > 0 && <span className="rounded-full bg-sky-100 px-1.5 text-xs font-medium text-sky-800">{active}</span>}
            </PanelToggle>
            <PanelToggle panel="legend" open={phonePanel} setOpen={setPhonePanel}>
              Legend
            </PanelToggle>
          </div>
          {panels ? (
            // One boundary for both: the legend alone, arriving first, made the column a scrollable
            // region with nothing to focus in it (axe's scrollable-region-focusable) until the filters came.
            <Suspense fallback={<FilterAndLegendSlots phonePanel={phonePanel} />}>
              <FilterAndLegendSlots phonePanel={phonePanel} filters={<FiltersPanel graph={graph} />} legend={marks && <Legend marks={marks} large={isLargeGraph(graph)} />} />
            </Suspense>
          ) : (
            <FilterAndLegendSlots phonePanel={phonePanel} />
          )}
        </aside>
      </div>
    </>
  );
}
