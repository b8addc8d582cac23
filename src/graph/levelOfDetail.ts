/**
 * Large graphs open on the far overview (graph/scale.ts): the elements it leaves out are
 * created already marked `lod-minor`, so opening never restyles thousands of elements to
 * hide them. (Handing Cytoscape the elements in slices was measured and rejected: each slice
 * costs Cytoscape a pass over everything already added, so the page blocked longer overall.)
 */
import type { ElementDefinition } from 'cytoscape';

export function markMinor(elements: readonly ElementDefinition[], minor: ReadonlySet<string>): ElementDefinition[] {
  return elements.map((el) => (minor.has(el.data.id as string) ? { ...el, classes: `${el.classes ?? ''} lod-minor`.trim() } : el));
}
