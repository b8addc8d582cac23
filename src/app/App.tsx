import { useStore } from '../state/store';
import { UrlSync } from '../url/UrlSync';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { DatasetPicker } from './DatasetPicker';
import { ErrorScreen, LoadingScreen } from './ErrorScreen';
import { Explorer } from './Explorer';
import { Notices } from './Notices';

export function App() {
  // main.tsx starts reading the file the link asked for and puts the outcome in the store.
  const load = useStore((s) => s.load);

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 lg:h-dvh">
      <UrlSync />
      <Notices />
      {load.status === 'loading' && <LoadingScreen file={load.file} />}
      {load.status === 'error' && <ErrorScreen file={load.file} problems={load.problems} />}
      {load.status === 'ready' && <Explorer graph={load.graph} texts={load.texts} headerActions={<><DatasetPicker file={load.file} /><CopyLinkButton /></>} />}
    </div>
  );
}
