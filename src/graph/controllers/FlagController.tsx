/**
 * Flags on demand: each flag is its own small asset, and waiting for them held up the first
 * frame — of an article by a round trip, of a year of reporting by ~200 requests for pictures
 * a few pixels wide. Here a country gets its flag once its node is on screen and large enough
 * to show one (an article's, right after the first frame); zooming and panning bring in the
 * rest, and so does a filter that reveals a country. The flags' index (ui/flags.ts, a loader per
 * flag) comes with the first of them, not with the app's first frame.
 */
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { ENTITY_STYLES } from '../../ui/styleConstants';
import { ADDED_EVENT } from '../elementSync';

/** On-screen diameter, in pixels, from which a flag is worth drawing. */
export const FLAG_MIN_PX = 10;
/** Flags put on per frame: an article's few in one, a world map's spread over several short frames. */
export const FLAGS_PER_FRAME = 32;

/** Country nodes inside the viewport, drawn at least FLAG_MIN_PX wide, still without a flag. */
export function countriesWantingFlags(cy: Core, asked: ReadonlySet<string>, hasFlag: (code: string) => boolean): NodeSingular[] {
  if (ENTITY_STYLES.country.width * cy.zoom() < FLAG_MIN_PX) return [];
  const box = cy.extent();
  return cy
    .nodes('.country')
    .filter((n) => {
      const code = n.data('entityId') as string;
      if (asked.has(code) || !hasFlag(code) || !n.visible()) return false;
      const p = n.position();
      return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
    })
    .toArray() as NodeSingular[];
}

export function FlagController({ cy }: { cy: Core }) {
  useEffect(() => {
    const asked = new Set<string>();
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      timer = undefined;
      const { flagUrl, hasFlag } = await import('../../ui/flags');
      if (!live || cy.destroyed()) return;
      const nodes = countriesWantingFlags(cy, asked, hasFlag);
      if (!nodes.length) return;
      for (const n of nodes) asked.add(n.data('entityId') as string);
      void Promise.all(nodes.map(async (n) => [n, await flagUrl(n.data('entityId') as string)] as const)).then((loaded) => {
        // A batch a frame, not one per flag (a restyle each) nor all at once: a world map's ~190
        // flags in one batch were a 40 ms restyle and redraw landing a moment after the graph
        // settled, where a first click on a filter waited for it.
        const apply = (from: number) => {
          if (!live || cy.destroyed()) return;
          cy.batch(() => {
            for (const [n, url] of loaded.slice(from, from + FLAGS_PER_FRAME)) if (url) n.data('flag', url).addClass('flagged');
          });
          if (from + FLAGS_PER_FRAME < loaded.length) requestAnimationFrame(() => apply(from + FLAGS_PER_FRAME));
        };
        apply(0);
      });
    };
    // After the user stops moving, not on every frame of a pan.
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), 150);
    };
    // First once the canvas has drawn a frame without them (asking which countries show is
    // itself a restyle), then when a filter reveals a country, or countries arrive in the graph.
    const afterFirstFrame = () => void (timer = setTimeout(() => void load()));
    cy.one('render', afterFirstFrame);
    cy.on('viewport', schedule);
    cy.on('class', 'node.country', schedule);
    cy.on(ADDED_EVENT, schedule);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      cy.removeListener('render', afterFirstFrame);
      cy.removeListener('viewport', schedule);
      cy.removeListener('class', 'node.country', schedule);
      cy.removeListener(ADDED_EVENT, schedule);
    };
  }, [cy]);
  return null;
}
