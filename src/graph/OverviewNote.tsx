/**
 * Says what the overview is while it is on screen: the countries and bodies, with links that
 * count relations rather than relations themselves, and how to get to the people. Under the
 * graph's buttons, where the fitted map leaves room; short on a phone. The counts arrive with
 * the first pass over the elements (before it, `links` is undefined).
 */
import { formatCount } from '../ui/format';

export function OverviewNote({ links, pairs }: { links?: number; pairs?: number }) {
  const linkText =
    links === undefined || pairs === undefined
      ? 'links'
      : links < pairs
        ? `the ${formatCount(links)} busiest of ${formatCount(pairs)} links`
        : `${formatCount(pairs)} links`;
  return (
    <p
      className="pointer-events-none max-w-[14rem] rounded-lg border border-slate-200 bg-white/90 px-2.5 py-1.5 text-left text-xs leading-snug text-slate-600 shadow-sm sm:max-w-[22rem] sm:px-3 sm:py-2"
      data-testid="overview-note"
    >
      <span className="font-semibold text-slate-800">Overview.</span>{' '}
      <span className="hidden sm:inline">
        Countries on the world map, blocs and international bodies near their members; lines are {linkText}, thicker for more relations, in the colour of their
        most common kind. Zoom in or click a country for its people and relations.
      </span>
      <span className="sm:hidden">Lines count relations between countries. Zoom in or tap a country.</span>
    </p>
  );
}
