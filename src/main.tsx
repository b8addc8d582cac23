/**
 * The entry, small on purpose: it starts reading the data file the link asks for
 * (?data=data/…json, only files under data/; a refused one is reported once the app is up),
 * then fetches the app, so the file is on its way while React and Cytoscape download.
 */
import './index.css';
import { loadGraph } from './data/loadGraph';
import { cleanDataFile, parseQuery } from './url/urlState';

const { dataFile, ignored } = cleanDataFile(parseQuery(window.location.search).state);
const loading = loadGraph(dataFile);

import('./app/start')
  .then(({ start }) => start(dataFile, ignored, loading))
  .catch((err: Error) => {
    // Without its code the app cannot even show its error screen: say so in plain HTML.
    const root = document.getElementById('root');
    if (root) root.textContent = `Entente could not load its code (${err.message}). Check the connection and reload the page.`;
  });
