/**
 * The header's Add article and Review buttons. Their dialogs (forms, review cards, the
 * curation reader) are fetched on the first press: most visits never open them, and their
 * code is not part of what the page needs to show the graph.
 */
import { lazy, useMemo } from 'react';
import { pageStoreFor, serverCurationStore } from '../data/curationStore';
import { DialogButton } from '../ui/DialogButton';

const AddArticleDialog = lazy(() => import('./AddArticle').then((m) => ({ default: m.AddArticleDialog })));
const ReviewDialog = lazy(() => import('./Review').then((m) => ({ default: m.ReviewDialog })));

export function AddArticleButton({ dataset }: { dataset: string }) {
  return <DialogButton label="Add article" dialog={(onClose) => <AddArticleDialog dataset={dataset} onClose={onClose} />} />;
}

/** Review with the local server: each decision saved to the data set's curation.json. */
export function ReviewButton({ dataset }: { dataset: string }) {
  const store = useMemo(() => serverCurationStore(dataset), [dataset]);
  return <DialogButton label="Review" dialog={(onClose) => <ReviewDialog dataset={dataset} store={store} onClose={onClose} />} />;
}

/** Review on a static copy: decisions kept in the page, downloaded as curation.json. */
export function ReviewInPageButton({ dataset }: { dataset: string }) {
  const store = pageStoreFor(dataset);
  return <DialogButton label="Review" dialog={(onClose) => <ReviewDialog dataset={dataset} store={store} onClose={onClose} />} />;
}
