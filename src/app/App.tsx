import { useEffect } from 'react';
import { useStore } from '../state/store';
import { dataFileFromSearch, loadGraph } from '../data/loadGraph';

/** Placeholder shell: loads and validates the data; the explorer UI replaces the body. */
export function App() {
  const load = useStore((s) => s.load);
  const setLoad = useStore((s) => s.setLoad);
  useEffect(() => {
    const { file, ignored } = dataFileFromSearch(window.location.search);
    if (ignored !== undefined) useStore.getState().addNotice(`Ignored data=${ignored}: only .json files under data/ can be loaded.`);
    setLoad({ status: 'loading', file });
    void loadGraph(file).then(setLoad);
  }, [setLoad]);

  if (load.status === 'loading') return <p className="p-6">Loading {load.file}…</p>;
  if (load.status === 'error') {
    return (
      <main className="p-6">
        <h1 className="text-xl font-semibold">The data could not be loaded</h1>
        <ul>
          {load.problems.map((p, i) => (
            <li key={i}>
              {p.file}: {p.path}: {p.message}
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">Entente</h1>
      <ul>
        {load.graph.entities.map((e) => (
          <li key={e.id}>{e.name}</li>
        ))}
      </ul>
    </main>
  );
}
