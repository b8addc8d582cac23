import { useEffect } from 'react';
import { useStore } from '../state/store';
import { loadGraph } from '../data/loadGraph';
import { UrlSync } from '../url/UrlSync';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { ErrorScreen, LoadingScreen } from './ErrorScreen';
import { Explorer } from './Explorer';
import { Notices } from './Notices';

export function App() {
  const load = useStore((s) => s.load);
  const setLoad = useStore((s) => s.setLoad);
  useEffect(() => {
    // The file the link asked for (main.tsx put it in the store before the first render).
    void loadGraph(useStore.getState().load.file).then(setLoad);
  }, [setLoad]);

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 lg:h-dvh">
      <UrlSync />
      <Notices />
      {load.status === 'loading' && <LoadingScreen file={load.file} />}
      {load.status === 'error' && <ErrorScreen file={load.file} problems={load.problems} />}
      {load.status === 'ready' && <Explorer graph={load.graph} texts={load.texts} headerActions={<CopyLinkButton />} />}
    </div>
  );
}
