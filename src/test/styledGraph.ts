import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';

/** A headless Cytoscape graph with a stylesheet applied (no canvas): for tests that read computed styles. */
export function styledGraph(style: StylesheetJson, elements: ElementDefinition[]) {
  return cytoscape({ headless: true, styleEnabled: true, style, elements });
}
