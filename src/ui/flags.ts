/**
 * Flag images for country nodes, bundled from the flag-icons package (square variant, so
 * they fill a round node). Each flag is its own lazily loaded asset: only the countries in
 * the data are fetched, from our own origin, never from the network at large.
 * A country's entity id is its ISO 3166-1 alpha-2 code in lower case.
 */

// Raw SVG text, not a URL: the files have only a viewBox, and a canvas draws an image without
// intrinsic size unpredictably. We add width/height and hand Cytoscape a data URL.
const loaders = import.meta.glob<string>('/node_modules/flag-icons/flags/1x1/*.svg', { query: '?raw', import: 'default' });
const FLAG_PX = 256;

export function sizedSvgDataUrl(svg: string, px = FLAG_PX): string {
  const sized = svg.replace(/<svg\b([^>]*)>/, (whole, attrs: string) =>
    /\swidth=/.test(attrs) ? whole : `<svg${attrs} width="${px}" height="${px}" preserveAspectRatio="xMidYMid slice">`,
  );
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
}

const byCode = new Map<string, () => Promise<string>>(
  Object.entries(loaders).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), load]),
);

export function hasFlag(code: string): boolean {
  return byCode.has(code);
}

export async function flagUrl(code: string): Promise<string | undefined> {
  const load = byCode.get(code);
  if (!load) return undefined;
  try {
    return sizedSvgDataUrl(await load());
  } catch {
    return undefined; // A missing flag is cosmetic; the node falls back to its plain fill.
  }
}
