// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Sidebar } from './Sidebar';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { visibleElements } from '../filters/visible';
import { seedGraph, seedText, view } from '../test/fixtures';

const graph = seedGraph();
const texts = new Map(graph.articles.map((a) => [a.id, seedText(a.id)]));

function renderSidebar(patch = {}) {
  useStore.setState({ view: { ...DEFAULT_VIEW, ...patch } });
  const visible = visibleElements(graph, view(patch));
  return render(<Sidebar graph={graph} texts={texts} visible={visible} />);
}

beforeEach(() => useStore.setState({ view: DEFAULT_VIEW }));
afterEach(cleanup);

describe('Sidebar', () => {
  it('without a selection, names the source article', () => {
    renderSidebar();
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeTruthy();
    expect(screen.getByText(graph.articles[0].title)).toBeTruthy();
  });

  it('a relation: kind, status, resolved date with precision, the words of the text, caveats, quotes', () => {
    renderSidebar({ selected: { type: 'relation', id: 'ryzhenkov-choe-handshake-caption' } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/photo caption/);
    expect(screen.getByText('22 July 2024')).toBeTruthy();
    expect(screen.getByText('(a day)')).toBeTruthy();
    expect(screen.getByText('“July 22”')).toBeTruthy();
    const caveats = screen.getByRole('region', { name: 'Caveats' });
    expect(within(caveats).getAllByRole('listitem')).toHaveLength(2);
    const relation = graph.relations.find((r) => r.id === 'ryzhenkov-choe-handshake-caption')!;
    for (const ev of relation.evidence) expect(screen.getByText(`“${ev.quote}”`)).toBeTruthy();
  });

  it('a month stays a month', () => {
    renderSidebar({ selected: { type: 'relation', id: 'putin-lukashenko-meeting-2023' } });
    expect(screen.getByText('September 2023')).toBeTruthy();
    expect(screen.getByText('(a month (day not given))')).toBeTruthy();
  });

  it('participants are links that select the entity (a history step)', () => {
    renderSidebar({ selected: { type: 'relation', id: 'by-supports-ru-invasion' } });
    fireEvent.click(screen.getByRole('button', { name: 'Russia' }));
    expect(useStore.getState().view.selected).toEqual({ type: 'entity', id: 'ru' });
    expect(useStore.getState().historyMode).toBe('push');
  });

  it('"show in article" opens the text with exactly the quote marked', () => {
    renderSidebar({ selected: { type: 'relation', id: 'by-ru-allies' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show in article' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    const mark = dialog.querySelector('mark')!;
    expect(mark.textContent).toBe('is considered one of Russia\'s strong allies');
    // The whole text is there, byte for byte, as text.
    expect(within(dialog).getByTestId('article-text').textContent).toBe(texts.get(graph.articles[0].id));
  });

  it('an entity: relations grouped by kind, hidden ones marked', () => {
    renderSidebar({ selected: { type: 'entity', id: 'alexander-lukashenko' }, kinds: ['meeting'] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Alexander Lukashenko');
    const groups = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.trim());
    expect(groups).toEqual(['Meeting (1)', 'Cooperation (1)', 'Office held (1)']);
    expect(screen.getAllByText(/hidden by filters/)).toHaveLength(2);
  });

  it('renders names as text, not markup', () => {
    const evil = { ...graph, entities: graph.entities.map((e) => (e.id === 'ua' ? { ...e, name: '<b>Ukraine</b>' } : e)) };
    useStore.setState({ view: { ...DEFAULT_VIEW, selected: { type: 'entity', id: 'ua' } } });
    const { container } = render(<Sidebar graph={evil} texts={texts} visible={visibleElements(evil, view())} />);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<b>Ukraine</b>');
  });
});
