import { useEffect } from 'react';
import { useStore } from '../state/store';
import { dataFileFromSearch, loadGraph } from '../data/loadGraph';
import { ErrorScreen, LoadingScreen } from './ErrorScreen';
import { Explorer } from './Explorer';

export function App() {
  const load = useStore((s) => s.load);
  const setLoad = useStore((s) => s.setLoad);
  useEffect(() => {
    const { file, ignored } = dataFileFromSearch(window.location.search);
    if (ignored !== undefined) useStore.getState().addNotice(`Ignored data=${ignored}: only .json files under data/ can be loaded.`);
    setLoad({ status: 'loading', file });
    void loadGraph(file).then(setLoad);
  }, [setLoad]);

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 lg:h-dvh">
      {/* Notice slot: the url/ module shows its banners (e.g. ignored link parameters) here. */}
      {load.status === 'loading' && <LoadingScreen file={load.file} />}
      {load.status === 'error' && <ErrorScreen file={load.file} problems={load.problems} />}
      {load.status === 'ready' && (
        // headerActions: the share slot at the right of the header (url/ mounts "Copy link" there).
        <Explorer graph={load.graph} texts={load.texts} headerActions={undefined} />
      )}
    </div>
  );
}
