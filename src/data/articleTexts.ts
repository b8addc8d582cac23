/**
 * Where a graph file's article texts are: inline (`text`), or in files of their own
 * (data/articles/<id>.txt). Zod-free, so the page's entry can use it to fetch those files as
 * soon as the data file is in, without waiting for the validator to download.
 */
export function articleTextPath(dataFile: string, articleId: string): string {
  const dir = dataFile.slice(0, dataFile.lastIndexOf('/') + 1);
  return `${dir}articles/${articleId}.txt`;
}

export interface CitedTexts {
  /** [article id, text] for the articles that carry their text. */
  inline: Array<[string, string]>;
  /** The text files to fetch, for the others. */
  files: Array<{ id: string; path: string }>;
}

/** The texts a parsed, not yet validated, graph file cites (its problems are validation's to report). */
export function citedTexts(dataFile: string, parsed: unknown): CitedTexts {
  const cited: CitedTexts = { inline: [], files: [] };
  const articles = (parsed as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return cited;
  for (const article of articles) {
    const { id, text } = (article ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== 'string') continue;
    if (typeof text === 'string') cited.inline.push([id, text]);
    else cited.files.push({ id, path: articleTextPath(dataFile, id) });
  }
  return cited;
}
