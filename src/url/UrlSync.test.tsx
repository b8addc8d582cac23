// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { GraphSchema } from '../model/schema';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { UrlSync, noticeForIgnored, IGNORED_NOTICE } from './UrlSync';
import { cleanDataFile, parseQuery } from './urlState';
import { changedFields, decideWrite } from './historyPolicy';

const graph = GraphSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/graph.json'), 'utf8')));

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useStore.setState({ view: DEFAULT_VIEW, notices: [], historyMode: 'push', load: { status: 'ready', file: 'data/graph.json', graph, texts: new Map() } });
  const startLength = window.history.length;
  render(<UrlSync />);
  return { pushes: () => window.history.length - startLength };
}

const popTo = async (steps: number) =>
  act(
    () =>
      new Promise<void>((done) => {
        window.addEventListener('popstate', () => setTimeout(done, 0), { once: true });
        window.history.go(steps);
      }),
  );

/** The history writes wait for the frame that shows the change (HistoryWriter): let it pass. */
const painted = () => act(() => new Promise<void>((done) => setTimeout(done, 40)));

beforeEach(() => cleanup());
afterEach(() => cleanup());

describe('UrlSync', () => {
  it('opens a link: the cleaned view goes to the store, the ignored parts to a notice, the address becomes canonical', () => {
    const { pushes } = openAt('?select=nope&country=kp,zz,kp&from=notadate');
    const s = useStore.getState();
    expect(s.view.countries).toEqual(['kp']);
    expect(s.view.selected).toBeUndefined();
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].message).toBe(IGNORED_NOTICE);
    expect(s.notices[0].details?.join('\n')).toMatch(/country that is not in the data \(zz\)[\s\S]*\(notadate\)[\s\S]*\(nope\)/);
    expect(window.location.search).toBe('?country=kp');
    expect(pushes()).toBe(0);
  });

  it('a clean link adds no notice', () => {
    openAt('?country=kp');
    expect(useStore.getState().notices).toEqual([]);
  });

  it('pushes discrete steps, replaces during a typing run, never writes an unchanged URL', async () => {
    const { pushes } = openAt('');
    const { updateView } = useStore.getState();
    act(() => updateView({ countries: ['kp'] }, 'push'));
    await painted();
    expect(window.location.search).toBe('?country=kp');
    expect(pushes()).toBe(1);
    act(() => updateView({ query: 'c' }, 'replace'));
    await painted();
    act(() => updateView({ query: 'ch' }, 'replace'));
    await painted();
    act(() => updateView({ query: 'choe' }, 'replace'));
    await painted();
    expect(window.location.search).toBe('?country=kp&q=choe');
    expect(pushes()).toBe(2); // the run's first keystroke pushed, the rest replaced
    act(() => updateView({ query: 'choe ' }, 'replace')); // same canonical URL
    act(() => updateView({ countries: ['kp'] }, 'push')); // same value, new array
    await painted();
    expect(pushes()).toBe(2);
  });

  it('back and forward restore the view without writing history', async () => {
    const { pushes } = openAt('');
    const { updateView } = useStore.getState();
    act(() => updateView({ countries: ['kp'] }, 'push'));
    act(() => updateView({ kinds: ['meeting'] }, 'push'));
    await painted();
    expect(pushes()).toBe(2);
    await popTo(-1);
    expect(useStore.getState().view.kinds).toEqual([]);
    expect(useStore.getState().view.countries).toEqual(['kp']);
    await popTo(-1);
    expect(useStore.getState().view).toEqual(DEFAULT_VIEW);
    await popTo(2);
    await painted();
    expect(useStore.getState().view.kinds).toEqual(['meeting']);
    expect(window.location.search).toBe('?country=kp&kind=meeting');
    expect(pushes()).toBe(2);
  });

  it('writes the address after the frame that shows the change, keeping every step and the order of writes', async () => {
    const { pushes } = openAt('');
    const { updateView } = useStore.getState();
    act(() => updateView({ countries: ['kp'] }, 'push'));
    expect(window.location.search).toBe(''); // not yet: the frame comes first
    act(() => updateView({ kinds: ['meeting'] }, 'push')); // a second step within the frame writes the first at once
    expect(window.location.search).toBe('?country=kp');
    act(() => updateView({ query: 'c' }, 'replace'));
    act(() => updateView({ query: 'ch' }, 'replace'));
    act(() => updateView({ query: 'choe' }, 'replace'));
    await painted();
    expect(window.location.search).toBe('?country=kp&kind=meeting&q=choe');
    expect(pushes()).toBe(3); // country, kind, and one for the typing run
    await popTo(-1);
    expect(window.location.search).toBe('?country=kp&kind=meeting');
    expect(useStore.getState().view.query).toBe('');
  });

  it('a refused data file is reported and the default loads', () => {
    // What main.tsx does before anything loads.
    const dataFileFromLocation = () => {
      const { dataFile, ignored } = cleanDataFile(parseQuery(window.location.search).state);
      noticeForIgnored(ignored);
      return dataFile;
    };
    window.history.replaceState(null, '', '/?data=../etc/passwd.json');
    useStore.setState({ notices: [] });
    expect(dataFileFromLocation()).toBe('data/graph.json');
    expect(useStore.getState().notices[0].details).toEqual(['This link asked for a data file that cannot be opened here (../etc/passwd.json), so the default graph is shown.']);
    window.history.replaceState(null, '', '/?data=data/other.json');
    expect(dataFileFromLocation()).toBe('data/other.json');
  });
});

describe('decideWrite', () => {
  it('starts a typing run with a push and continues it with replaces', () => {
    expect(decideWrite('', '?q=c', 'replace', 'query', undefined)).toBe('push');
    expect(decideWrite('?q=c', '?q=ch', 'replace', 'query', { mode: 'replace', fields: 'query' })).toBe('replace');
    expect(decideWrite('?q=ch', '?q=ch&from=2024', 'replace', 'from', { mode: 'replace', fields: 'query' })).toBe('push');
    expect(decideWrite('?q=c', '?q=c', 'push', 'query', undefined)).toBe('none');
  });

  it('lets a camera move amend the current entry, never push one, and not continue a typing run', () => {
    expect(decideWrite('?q=c', '?q=c&at=1,2,1.5', 'amend', 'camera', undefined)).toBe('replace');
    expect(decideWrite('?q=c&at=1,2,1.5', '?q=c&at=9,2,1.5', 'amend', 'camera', { mode: 'amend', fields: 'camera' })).toBe('replace');
    expect(decideWrite('?q=c&at=9,2,1.5', '?q=ch&at=9,2,1.5', 'replace', 'query', { mode: 'amend', fields: 'camera' })).toBe('push');
    expect(decideWrite('?at=1,2,1.5', '?at=1,2,1.5', 'amend', 'camera', undefined)).toBe('none');
  });

  it('changedFields names the fields whose value object changed', () => {
    expect(changedFields(DEFAULT_VIEW, { ...DEFAULT_VIEW, query: 'x', countries: ['kp'] })).toBe('countries,query');
  });
});
