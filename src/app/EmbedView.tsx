/**
 * ?embed=1: the view inside another page (an <iframe> in a story). Only the graph, with its
 * zoom and fit controls, and the details of what the reader clicks, rising over the graph; a
 * small "Open in Entente" link takes the same view to the full explorer. Every other link
 * parameter (filters, selection, positions, camera) applies as usual.
 */
import type { Graph } from '../model/schema';
import { useStore } from '../state/store';
import { useVisible } from '../filters/useVisible';
import { countLine } from '../filters/visible';
import { GraphView } from '../graph/GraphView';
import { Sidebar } from '../sidebar/Sidebar';
import { shareableLink } from '../url/UrlSync';
import { NothingMatches } from './Explorer';
import { Logo } from './Logo';

export function EmbedView({ graph, texts }: { graph: Graph; texts: ReadonlyMap<string, string> }) {
  const visible = useVisible(graph);
  const selected = useStore((s) => !!s.view.selected);
  const fullLink = useStore((s) => shareableLink({ ...s.view, embed: undefined }, s.load.file));

  return (
    <div className="relative flex h-dvh min-h-[240px] flex-col overflow-hidden bg-white">
      <main className="relative min-h-0 flex-1 bg-[radial-gradient(circle,#e2e8f0_1px,transparent_1px)] [background-size:22px_22px]">
        {visible.relations.size === 0 && <NothingMatches empty={graph.relations.length === 0} />}
        <GraphView graph={graph} visible={visible} label={`Relations graph: ${countLine(graph, visible)}. Open in Entente for the same content as tables.`} />
        <a
          href={fullLink}
          target="_blank"
          rel="noopener"
          data-testid="open-in-entente"
          className="absolute left-2 top-2 z-10 inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-xs font-medium text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          <Logo className="size-4" />
          Open in Entente<span className="sr-only"> (new tab)</span>
          <span aria-hidden="true">↗</span>
        </a>
      </main>
      {selected && (
        <aside aria-label="Details" data-details-sheet className="absolute inset-x-0 bottom-0 z-20 flex max-h-[60%] flex-col overflow-hidden rounded-t-xl border-t border-slate-200 bg-white shadow-[0_-8px_30px_rgba(15,23,42,0.18)]">
          <Sidebar graph={graph} texts={texts} visible={visible} />
        </aside>
      )}
    </div>
  );
}
