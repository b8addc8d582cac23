/**
 * Class changes that cost only what changes. Cytoscape (3.x) restyles every element an
 * addClass, removeClass or toggleClass is called on, and emits `class` for it, whether or not
 * its classes change: marking 200 already-marked nodes restyled 200 nodes. Every controller
 * that marks elements goes through these.
 */
import type { SingularElementArgument } from 'cytoscape';

/** Gives or takes one class from one element, touching it only if that changes it. */
export function setClass(ele: SingularElementArgument, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

