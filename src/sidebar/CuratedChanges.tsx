/** Under a curated relation's badges: what the curator changed, read from the data set's curation.json. */
import { useEffect, useState } from 'react';
import type { Relation } from '../model/schema';
import { useStore } from '../state/store';
import { curationOf, describeEdit, editFor } from './provenance';

export function CuratedChanges({ relation }: { relation: Relation }) {
  const load = useStore((s) => s.load);
  const file = load.status === 'ready' && !load.local ? load.file : undefined;
  const graph = load.status === 'ready' ? load.graph : undefined;
  const [changes, setChanges] = useState<{ id: string; words: string[] }>();
  useEffect(() => {
    if (relation.origin !== 'curated' || !file || !graph) return;
    let live = true;
    void curationOf(file, graph).then((curation) => {
      const entry = editFor(curation, relation.id);
      if (live) setChanges(entry ? { id: relation.id, words: describeEdit(entry) } : undefined);
    });
    return () => void (live = false);
  }, [relation, file, graph]);
  if (relation.origin !== 'curated' || changes?.id !== relation.id || !changes.words.length) return null;
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="curated-changes">
      Curated: {changes.words.join(', ')}.
    </p>
  );
}
