import { describe, expect, it } from 'vitest';
import { HUB_DOT_PX, hubDotAt, hubLabelStep, hubStyle } from './LevelOfDetailController';
import { LARGE_GRAPH_LABEL_MIN_PX, rendererOptions } from '../scale';
import { DETAIL_ZOOM } from '../elementSet';
import { ENTITY_KINDS } from '../../model/vocabulary';
import { ENTITY_STYLES } from '../../ui/styleConstants';

/** Zooms from the large graph's minimum (a phone's fitted overview of XXL sits there) to 1, finely and on every √2 edge. */
function zooms(): number[] {
  const { minZoom } = rendererOptions(true);
  const out: number[] = [];
  for (let z = minZoom; z <= 1; z *= 1.013) out.push(z);
  for (let k = 0; k <= 16; k++) out.push(LARGE_GRAPH_LABEL_MIN_PX / (34 * Math.SQRT2 ** k));
  return out.filter((z) => z >= minZoom);
}

describe('hub labels and dots at every zoom', () => {
  it('keeps hub labels at the readable size or more on screen, under √2 times it, once zoomed out', () => {
    for (const zoom of zooms()) {
      const step = hubLabelStep(zoom);
      const px = hubStyle(step, ENTITY_STYLES.country).label['font-size'] * zoom;
      // Under it, LabelDeclutterController drops the label and the stylesheet hides it.
      expect(px, `zoom ${zoom}`).toBeGreaterThanOrEqual(LARGE_GRAPH_LABEL_MIN_PX);
      if (step > 1) expect(px, `zoom ${zoom}`).toBeLessThan(LARGE_GRAPH_LABEL_MIN_PX * Math.SQRT2 + 1e-9);
    }
  });

  it('opens a phone’s fitted XXL overview (the minimum zoom) with readable hub labels', () => {
    const zoom = rendererOptions(true).minZoom;
    expect(34 * hubLabelStep(zoom) * zoom).toBeGreaterThanOrEqual(LARGE_GRAPH_LABEL_MIN_PX);
  });

  it('draws every kind of named hub at least HUB_DOT_PX across on the overview’s zooms: a ringed dot where its body would be smaller', () => {
    for (const zoom of zooms()) {
      if (zoom >= DETAIL_ZOOM) continue;
      const step = hubLabelStep(zoom);
      // The overview shows countries, blocs and bodies; people only in detail, or where a filter leaves few, zoomed out further.
      for (const kind of ENTITY_KINDS) {
        if (kind === 'person' && step < 2) continue;
        const body = ENTITY_STYLES[kind];
        const { dot } = hubStyle(step, body);
        expect(dot, `${kind} at ${zoom}`).toEqual(hubDotAt(zoom, kind));
        expect(Math.max(dot?.width ?? body.width, dot?.height ?? body.height) * zoom, `${kind} at ${zoom}`).toBeGreaterThanOrEqual(HUB_DOT_PX - 1e-9);
        // A dot is solid, in its kind's outline colour, ringed at a pixel or more.
        if (dot) {
          expect(dot['background-color']).toBe(body.border);
          expect(dot['border-width'] * zoom, `${kind} at ${zoom}`).toBeGreaterThanOrEqual(1 - 1e-9);
        }
      }
    }
  });

  it('keeps a node’s shape, and its own size where that is larger than the dot', () => {
    const bloc = ENTITY_STYLES.bloc;
    const { dot } = hubStyle(64, bloc);
    expect(dot!.width / dot!.height).toBeCloseTo(bloc.width / bloc.height);
    expect(dot!.width).toBeGreaterThan(bloc.width);
    // Zoomed out a little, a country is drawn larger than the dot: as it is, flag and all.
    expect(hubStyle(Math.SQRT2, ENTITY_STYLES.country)).toEqual({ label: { 'font-size': 34 * Math.SQRT2, 'text-max-width': `${360 * Math.SQRT2}px` } });
    // In detail (from DETAIL_ZOOM) no hub is a dot, nor in the band of zooms that reaches into it.
    for (const kind of ENTITY_KINDS) for (const zoom of [DETAIL_ZOOM, 0.19, 0.5]) expect(hubDotAt(zoom, kind)).toBeUndefined();
  });

  it('leaves labels at their stylesheet size once readable without growing', () => {
    expect(hubLabelStep(1)).toBe(1);
    expect(hubLabelStep(LARGE_GRAPH_LABEL_MIN_PX / 34)).toBe(1);
    expect(hubLabelStep(0.2)).toBe(Math.SQRT2);
  });
});
