import { useEffect } from 'react';
import { useStore } from '../state/store';
import { loadGraph } from '../data/loadGraph';
import { Notices } from './Notices';
import { UrlSync } from '../url/UrlSync';
import { CopyLinkButton } from '../url/CopyLinkButton';

/** Placeholder shell: loads and validates the data; the explorer UI replaces the body. */
export function App() {
  const load = useStore((s) => s.load);
  const setLoad = useStore((s) => s.setLoad);
  useEffect(() => {
    // The file the link asked for (main.tsx put it in the store before the first render).
    void loadGraph(useStore.getState().load.file).then(setLoad);
  }, [setLoad]);

  return (
    <>
      <UrlSync />
      <Notices />
      {load.status === 'loading' && <p className="p-6">Loading {load.file}…</p>}
      {load.status === 'error' && (
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
      )}
      {load.status === 'ready' && (
        <main className="p-6">
          <h1 className="text-xl font-semibold">Entente</h1>
          <CopyLinkButton />
          <ul>
            {load.graph.entities.map((e) => (
              <li key={e.id}>{e.name}</li>
            ))}
          </ul>
        </main>
      )}
    </>
  );
}
