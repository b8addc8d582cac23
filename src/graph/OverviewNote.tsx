/**
 * Says what the overview is while it is on screen: the countries and bodies, with links that
 * count relations rather than relations themselves, and how to get to the people.
 */
export function OverviewNote({ links, pairs }: { links: number; pairs: number }) {
  const linkText = links < pairs ? `the ${links.toLocaleString('en')} busiest of ${pairs.toLocaleString('en')} links` : `${pairs.toLocaleString('en')} links`;
  return (
    <p className="pointer-events-none absolute bottom-3 left-3 max-w-[24rem] rounded-lg border border-slate-200 bg-white/90 px-3 py-2 text-xs leading-snug text-slate-600 shadow-sm" data-testid="overview-note">
      <span className="font-semibold text-slate-800">Overview.</span> Countries, blocs and international bodies; grey lines are {linkText}, thicker for more
      relations. Zoom in, search or pick a country for people and relations.
    </p>
  );
}
