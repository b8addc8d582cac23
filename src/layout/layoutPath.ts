/** data/graph.json → data/graph.layout.json (zod-free, so the page's entry can use it). */
export function layoutFilePath(dataFile: string): string {
  return dataFile.replace(/\.json$/, '') + '.layout.json';
}
