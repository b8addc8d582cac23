// The writer alone: the package's entries also load a parser, which needs a DOMParser (absent in Node) or xmldom (heavy in the page).
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
