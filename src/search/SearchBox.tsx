/**
 * Search as an ARIA combobox (WAI-ARIA APG "list autocomplete"): typing updates the query
 * in the store (history 'replace'), which highlights matches in the graph and the list;
 * ArrowUp/Down move through the suggestions, Enter selects one (a 'push' step) and clears
 * the query, Escape closes the list and, pressed again, clears the text.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Graph } from '../model/schema';
import type { Visible } from '../filters/visible';
import { useStore } from '../state/store';
import { ENTITY_STYLES } from '../ui/styleConstants';
import { EntitySwatch } from '../ui/swatches';
import { searchEntities, type SearchMatch } from './search';
import { UserText } from '../ui/UserText';

const MAX_OPTIONS = 8;

export function SearchBox({ graph, visible }: { graph: Graph; visible: Visible }) {
  const query = useStore((s) => s.view.query);
  const updateView = useStore((s) => s.updateView);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => searchEntities(graph.entities, query, MAX_OPTIONS), [graph, query]);
  const expanded = open && query.trim().length > 0;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (m: SearchMatch) => {
    updateView({ selected: { type: 'entity', id: m.entity.id }, query: '' }, 'push');
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
      if (expanded) setOpen(false);
      else if (query) updateView({ query: '' }, 'push');
    } else if (e.key === 'Home' || e.key === 'End') {
      setOpen(false);
    }
  };

  return (
    <div className="relative w-full">
      <label htmlFor={id} className="sr-only">
        Search countries, people and organizations
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
        onFocus={() => setOpen(true)}
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
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching entities"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-30 mt-1 max-h-80 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {matches.map((m, i) => (
          <li
            key={m.entity.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(m);
            }}
            onMouseEnter={() => setActive(i)}
            className={`flex cursor-pointer items-center gap-2.5 px-3 py-1.5 text-sm ${i === activeIndex ? 'bg-sky-50 text-sky-950' : 'text-slate-800'}`}
          >
            <EntitySwatch kind={m.entity.kind} size={16} />
            <span className="min-w-0 flex-1">
              <UserText className="font-medium" text={m.entity.name} max={120} />
              {m.matched !== m.entity.name && <span className="text-slate-600"> — “{m.matched}”</span>}
            </span>
            <span className="text-xs text-slate-600">
              {ENTITY_STYLES[m.entity.kind].label}
              {visible.entities.has(m.entity.id) ? '' : ' · hidden'}
            </span>
          </li>
        ))}
        {matches.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-500">
            No country, person or organization matches “{query}”.
          </li>
        )}
      </ul>
    </div>
  );
}
