/** Under a curated relation's badges: what the curator changed, read from the data set's curation.json. */
import { useEffect, useState } from 'react';
import type { Relation } from '../model/schema';
import { useStore } from '../state/store';
import { describeEdit, editFor, fetchCuration } from './provenance';

export function CuratedChanges({ relation }: { relation: Relation }) {
  const file = useStore((s) => (s.load.status === 'ready' && !s.load.local ? s.load.file : undefined));
  const [changes, setChanges] = useState<{ id: string; words: string[] }>();
  useEffect(() => {
    if (relation.origin !== 'curated' || !file) return;
    let live = true;
    void fetchCuration(file).then((curation) => {
      const entry = editFor(curation, relation.id);
      if (live) setChanges(entry ? { id: relation.id, words: describeEdit(entry) } : undefined);
    });
    return () => void (live = false);
  }, [relation, file]);
  if (relation.origin !== 'curated' || changes?.id !== relation.id || !changes.words.length) return null;
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="curated-changes">
      Curated: {changes.words.join(', ')}.
    </p>
  );
}
