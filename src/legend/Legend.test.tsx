// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Legend } from './Legend';
import { legendMarks } from './legendMarks';
import { seedGraph } from '../test/fixtures';
import { ENTITY_KINDS, RELATION_KINDS, STATUSES } from '../model/schema';
import { ENTITY_STYLES, RELATION_KIND_STYLES, STATUS_STYLES } from '../ui/styleConstants';

afterEach(cleanup);

describe('Legend', () => {
  it('explains every node kind, relation colour and status line, drawn from the style constants', () => {
    const every = { entityKinds: [...ENTITY_KINDS], relationKinds: [...RELATION_KINDS], statuses: [...STATUSES], hubs: true, arrows: true, corroborated: true };
    const { container } = render(<Legend marks={every} />);
    for (const k of ENTITY_KINDS) expect(screen.getByText(ENTITY_STYLES[k].label)).toBeTruthy();
    for (const k of RELATION_KINDS) expect(screen.getByText(RELATION_KIND_STYLES[k].label)).toBeTruthy();
    for (const s of STATUSES) expect(screen.getByText(STATUS_STYLES[s].label)).toBeTruthy();
    const strokes = [...container.querySelectorAll('line')].map((l) => l.getAttribute('stroke'));
    for (const k of RELATION_KINDS) expect(strokes).toContain(RELATION_KIND_STYLES[k].color);
    const dashes = new Set([...container.querySelectorAll('line')].map((l) => l.getAttribute('stroke-dasharray')));
    expect(dashes.size).toBeGreaterThanOrEqual(4);
  });

  it('shows only the marks the data uses, in words without codes', () => {
    const { container } = render(<Legend marks={legendMarks(seedGraph())} />);
    expect(screen.queryByText(ENTITY_STYLES.bloc.label)).toBeTruthy();
    expect(screen.queryByText(STATUS_STYLES.denied.label)).toBeNull();
    expect(screen.queryByText('Overview link')).toBeNull();
    expect(container.textContent).not.toMatch(/CAMEO|\d{2}–\d{2}/);
  });
});
