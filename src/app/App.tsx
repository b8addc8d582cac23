import { useStore } from '../state/store';
import { UrlSync } from '../url/UrlSync';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { ExportMenu } from '../export/ExportMenu';
import { DatasetPicker } from './DatasetPicker';
import { ErrorScreen, LoadingScreen } from './ErrorScreen';
import { Explorer } from './Explorer';
import { EmbedView } from './EmbedView';
import { Notices } from './Notices';
import { ReadOnlyBadge, WhenEditable } from './EditingStatus';
import { AddArticleButton } from './AddArticle';

/** The share slot: data set, Add article (with the local server), Export and Copy link. */
function HeaderActions({ file }: { file: string }) {
  return (
    <>
      <DatasetPicker file={file} />
      <WhenEditable file={file}>
        <AddArticleButton dataset={file} />
      </WhenEditable>
      <ExportMenu />
      <CopyLinkButton />
    </>
  );
}

export function App() {
  // main.tsx starts reading the file the link asked for and puts the outcome in the store.
  const load = useStore((s) => s.load);
  const embed = useStore((s) => !!s.view.embed);

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 lg:h-dvh">
      <UrlSync />
      <Notices />
      {load.status === 'loading' && <LoadingScreen file={load.file} />}
      {load.status === 'error' && <ErrorScreen file={load.file} problems={load.problems} />}
      {load.status === 'ready' && embed && <EmbedView graph={load.graph} texts={load.texts} />}
      {load.status === 'ready' && !embed && <Explorer graph={load.graph} texts={load.texts} headerActions={<HeaderActions file={load.file} />} titleBadge={<ReadOnlyBadge />} />}
    </div>
  );
}
