/**
 * Search as an ARIA combobox (WAI-ARIA APG "list autocomplete"): typing updates the query
 * in the store (history 'replace'), which highlights matching entities in the graph and the
 * list. The suggestions come in three groups: entities (by name, alias or capital), relations
 * (by words of their quotes or summary, the words marked in the quote) and articles (by title
 * or outlet). ArrowUp/Down move through all of them, Enter chooses one (a 'push' step: an
 * entity or relation is selected, an article becomes the source filter) and clears the
 * query; Escape closes the list and, pressed again, clears the text.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import { useStore } from '../state/store';
import { ENTITY_STYLES } from '../ui/styleConstants';
import type { Relation } from '../model/schema';
import { EntitySwatch } from '../ui/swatches';
import { markQueryWords, prepareSearch, type ArticleMatch, type RelationMatch, type SearchMatch } from './search';
import { searchesInWorker, useSearch } from './useSearch';
import { loadFuzzy } from './fuzzy';
import { UserText } from '../ui/UserText';

type Option = { type: 'entity'; match: SearchMatch } | { type: 'relation'; match: RelationMatch } | { type: 'article'; match: ArticleMatch };

/** The words around the first marked word of a quote, so the match shows in one line. */
function snippetOf(quote: string, query: string, width = 110): string {
  const parts = markQueryWords(quote, query);
  const at = parts.findIndex((p) => p.mark);
  if (at < 0 || quote.length <= width) return quote;
  const offset = parts.slice(0, at).reduce((n, p) => n + p.text.length, 0);
  const start = Math.max(0, Math.min(offset - 30, quote.length - width));
  return `${start > 0 ? '…' : ''}${quote.slice(start, start + width)}${start + width < quote.length ? '…' : ''}`;
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markQueryWords(text, query).map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function relationQuote(r: Relation, m: RelationMatch): string {
  return m.evidence >= 0 ? r.evidence[m.evidence].quote : r.summary;
}

export function SearchBox({ graph, visible }: { graph: Graph; visible: Visible }) {
  const query = useStore((s) => s.view.query);
  const updateView = useStore((s) => s.updateView);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const answer = useSearch(graph, query);
  // A large graph is searched in a worker, which indexes it there; otherwise the page indexes while idle.
  useEffect(() => (searchesInWorker(graph) ? undefined : prepareSearch(graph)), [graph]);
  /** A worker's answer can trail the text for a moment: the list shows the last one meanwhile. */
  const searching = answer.query !== query || answer.typosPending;

  const groups = useMemo(
    () => ({
      entities: answer.entities.map((match): Option => ({ type: 'entity', match })),
      relations: answer.relations.map((match): Option => ({ type: 'relation', match })),
      articles: answer.articles.map((match): Option => ({ type: 'article', match })),
    }),
    [answer],
  );
  const matches = useMemo(() => [...groups.entities, ...groups.relations, ...groups.articles], [groups]);
  const expanded = open && query.trim().length > 0;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (o: Option) => {
    if (o.type === 'entity') updateView({ selected: { type: 'entity', id: o.match.entity.id }, query: '' }, 'push');
    else if (o.type === 'relation') updateView({ selected: { type: 'relation', id: o.match.relation.id }, query: '' }, 'push');
    else updateView({ sources: [o.match.article.id], query: '' }, 'push');
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((activeIndex + 1) % Math.max(1, matches.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((activeIndex - 1 + matches.length) % Math.max(1, matches.length));
    } else if (e.key === 'Enter') {
      if (expanded && matches[activeIndex]) {
        e.preventDefault();
        choose(matches[activeIndex]);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        setOpen(false);
        setActive(0);
      } else if (query) updateView({ query: '' }, 'push');
    } else if (e.key === 'Home' || e.key === 'End') {
      setOpen(false);
    }
  };

  return (
    <div className="relative w-full">
      <label htmlFor={id} className="sr-only">
        Search countries, people, organizations, quotes and articles
      </label>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-slate-400">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <line x1="13" y1="13" x2="18" y2="18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches.length ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search: “NK”, “Choe”, “Pyeongyang”…"
        value={query}
        onChange={(e) => {
          updateView({ query: e.target.value }, 'replace');
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setOpen(true);
          // Close spellings are fetched now, while the first letters are typed, not at the first miss.
          void loadFuzzy();
        }}
        onBlur={() => setOpen(false)}
        className="h-9 w-full rounded-lg border border-slate-300 bg-white pl-8 pr-8 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-sky-600 focus:outline-2 focus:outline-sky-600/30"
      />
      {query && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            updateView({ query: '' }, 'push');
            inputRef.current?.focus();
          }}
          className="absolute right-1.5 top-1/2 flex size-6 -translate-y-1/2 items-center justify-center rounded text-slate-500 hover:bg-slate-100"
        >
          ×
        </button>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        aria-busy={searching}
        data-answer={answer.query}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-30 mt-1 max-h-[26rem] overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {(['entities', 'relations', 'articles'] as const).map((group) => {
          const options = groups[group];
          if (!options.length) return null;
          const first = matches.indexOf(options[0]);
          return (
            <div key={group} role="group" aria-label={GROUP_LABELS[group]}>
              <div aria-hidden="true" className="px-3 pb-0.5 pt-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
                {GROUP_LABELS[group]}
              </div>
              {options.map((o, k) => {
                const i = first + k;
                return (
                  <div
                    key={optionKey(o)}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    // mousedown, not click: it fires before the input's blur closes the list.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(o);
                    }}
                    onMouseEnter={() => setActive(i)}
                    className={`flex cursor-pointer items-start gap-2.5 px-3 py-1.5 text-sm ${i === activeIndex ? 'bg-sky-50 text-sky-950' : 'text-slate-800'}`}
                  >
                    <OptionBody option={o} query={answer.query} hidden={o.type === 'entity' && !visible.entities.has(o.match.entity.id)} />
                  </div>
                );
              })}
            </div>
          );
        })}
        {matches.length === 0 && (
          <div role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-500">
            {searching ? `Searching for “${query}”…` : `No country, person, organization, quote or article matches “${query}”.`}
          </div>
        )}
      </div>
    </div>
  );
}

const GROUP_LABELS = { entities: 'Countries, people and bodies', relations: 'Relations, by their quotes', articles: 'Articles' } as const;

function optionKey(o: Option): string {
  if (o.type === 'entity') return `e:${o.match.entity.id}`;
  if (o.type === 'relation') return `r:${o.match.relation.id}`;
  return `a:${o.match.article.id}`;
}

function OptionBody({ option, query, hidden }: { option: Option; query: string; hidden: boolean }) {
  if (option.type === 'entity') {
    const m = option.match;
    return (
      <>
        <EntitySwatch kind={m.entity.kind} size={16} />
        <span className="min-w-0 flex-1">
          <UserText className="font-medium" text={m.entity.name} max={120} />
          {m.matched !== m.entity.name && <span className="text-slate-600"> — “{m.matched}”</span>}
        </span>
        <span className="text-xs text-slate-600">
          {ENTITY_STYLES[m.entity.kind].label}
          {hidden ? ' · hidden' : ''}
        </span>
      </>
    );
  }
  if (option.type === 'relation') {
    const r = option.match.relation;
    return (
      <span className="min-w-0 flex-1">
        <UserText className="block truncate font-medium" text={r.summary} max={200} />
        <span className="block text-xs text-slate-600">
          “<Marked text={snippetOf(relationQuote(r, option.match), query)} query={query} />”
        </span>
      </span>
    );
  }
  const a = option.match.article;
  return (
    <span className="min-w-0 flex-1">
      <span className="block font-medium">
        <Marked text={a.title} query={query} />
      </span>
      <span className="block text-xs text-slate-600">
        <Marked text={`${a.publisher}${a.agency ? ` (${a.agency})` : ''} · ${a.published}`} query={query} /> · show only what it reports
      </span>
    </span>
  );
}
