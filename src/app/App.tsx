import { lazy, Suspense } from 'react';
import { useStore } from '../state/store';
import { UrlSync } from '../url/UrlSync';
import { CopyLinkButton } from '../url/CopyLinkButton';
import { ExportMenu } from '../export/ExportMenu';
import { DatasetPicker } from './DatasetPicker';
import { ErrorScreen, LoadingScreen } from './ErrorScreen';
import { Explorer } from './Explorer';
import { Notices } from './Notices';
import { FileDropTarget } from './OpenLocalFile';
import { ReadOnlyBadge, WhenEditable, WhenReadOnly } from './EditingStatus';
import { AddArticleButton, ReviewButton, ReviewInPageButton } from './DialogButtons';

/** An embedded view (`embed=1`) is its own page: its code is fetched only there. */
const EmbedView = lazy(() => import('./EmbedView').then((m) => ({ default: m.EmbedView })));

/** The share slot: the data set (or the file opened), Add article and Review (with the local server; Review alone on a static copy), Export and Copy link. */
function HeaderActions({ file, local }: { file: string; local: boolean }) {
  return (
    <>
      <DatasetPicker file={file} local={local} />
      {!local && (
        <WhenEditable file={file}>
          <AddArticleButton dataset={file} />
          <ReviewButton dataset={file} />
        </WhenEditable>
      )}
      {!local && (
        <WhenReadOnly>
          <ReviewInPageButton dataset={file} />
        </WhenReadOnly>
      )}
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
      {!embed && <FileDropTarget />}
      {load.status === 'loading' && <LoadingScreen file={load.file} />}
      {load.status === 'error' && <ErrorScreen file={load.file} problems={load.problems} />}
      {load.status === 'ready' && embed && (
        <Suspense fallback={null}>
          <EmbedView graph={load.graph} texts={load.texts} />
        </Suspense>
      )}
      {load.status === 'ready' && !embed && (
        // A file opened from the computer is a new graph: the explorer starts afresh, as on a page load.
        <Explorer
          key={load.local ? `local:${load.local.opened}` : load.file}
          graph={load.graph}
          texts={load.texts}
          headerActions={<HeaderActions file={load.file} local={!!load.local} />}
          titleBadge={<ReadOnlyBadge />}
        />
      )}
    </div>
  );
}
