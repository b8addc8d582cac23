import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointInterval } from '../model/dates';
import { GraphSchema, RELATION_KINDS, STATUSES, type Graph } from '../model/schema';
import { DEFAULT_VIEW, MAX_CAMERA_ZOOM, MIN_CAMERA_ZOOM, type ViewState } from '../state/viewState';
import { DEFAULT_DATA_FILE } from '../data/loadGraph';
import { MAX_COORDINATE, MAX_QUERY_LENGTH, cleanDataFile, cleanView, describeIgnored, parseQuery, serializeView, viewFromSearch } from './urlState';

const graph: Graph = GraphSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/graph.json'), 'utf8')));
const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const open = (search: string) => viewFromSearch(search, graph);
const ignoredParams = (search: string) => open(search).ignored.map((i) => `${i.param}=${i.value}`);

describe('the default view', () => {
  it('is the empty query, and the empty query opens it', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(serializeView(DEFAULT_VIEW, DEFAULT_DATA_FILE)).toBe('');
    expect(open('')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(open('?')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('leaves out parameters given at their default value', () => {
    expect(serializeView(open('?undated=1&kind=&q=++&data=data/graph.json').view)).toBe('');
  });
});

describe('country', () => {
  it('keeps known countries, sorted and once each', () => {
    const { view: v, ignored } = open('?country=kp,by,kp');
    expect(v.countries).toEqual(['by', 'kp']);
    expect(ignored).toEqual([]);
    expect(serializeView(v)).toBe('?country=by,kp');
  });

  it('joins repeated country parameters', () => {
    expect(open('?country=ru&country=ua').view.countries).toEqual(['ru', 'ua']);
  });

  it('drops unknown ids and ids that are not countries, naming each', () => {
    const { view: v, ignored } = open('?country=kp,zz,choe-son-hui,west');
    expect(v.countries).toEqual(['kp']);
    expect(ignored).toEqual([
      { param: 'country', value: 'zz', reason: 'no country with this id in the data' },
      { param: 'country', value: 'choe-son-hui', reason: 'is not a country' },
      { param: 'country', value: 'west', reason: 'is not a country' },
    ]);
  });
});

describe('from and to', () => {
  it('keep a date at the precision it was given', () => {
    const { view: v } = open('?from=2023-09&to=2024-07-26');
    expect(v.from).toBe('2023-09');
    expect(v.to).toBe('2024-07-26');
    expect(serializeView(v)).toBe('?from=2023-09&to=2024-07-26');
    expect(open('?to=2024').view.to).toBe('2024');
  });

  it('drop what is not a calendar date', () => {
    expect(ignoredParams('?from=notadate&to=2024-02-30')).toEqual(['from=notadate', 'to=2024-02-30']);
    expect(open('?from=2024-13').view.from).toBeUndefined();
    expect(open('?from=24-07-01').view.from).toBeUndefined();
  });

  it('swap a backwards range and say so', () => {
    const { view: v, ignored } = open('?from=2024-07&to=2023');
    expect([v.from, v.to]).toEqual(['2023', '2024-07']);
    expect(ignored).toHaveLength(1);
    expect(ignored[0].reason).toMatch(/swapped/);
  });

  it('accept a range that only touches at different precisions', () => {
    // 2024-07 and 2024-07-01 overlap on 1 July: not backwards.
    expect(open('?from=2024-07&to=2024-07-01').ignored).toEqual([]);
  });
});

describe('undated', () => {
  it('0 hides undated relations; 1 is the default and is not written', () => {
    expect(open('?undated=0').view.includeUndated).toBe(false);
    expect(serializeView(view({ includeUndated: false }))).toBe('?undated=0');
    expect(open('?undated=1').view.includeUndated).toBe(true);
  });

  it('reports anything else', () => {
    expect(ignoredParams('?undated=maybe')).toEqual(['undated=maybe']);
    expect(ignoredParams('?undated=toString')).toEqual(['undated=toString']);
  });
});

describe('kind and status', () => {
  it('keep known values in the schema order', () => {
    const { view: v } = open('?kind=cooperation,meeting&status=forecast,reported');
    expect(v.kinds).toEqual(['meeting', 'cooperation']);
    expect(v.statuses).toEqual(['reported', 'forecast']);
    expect(serializeView(v)).toBe('?kind=meeting,cooperation&status=reported,forecast');
  });

  it('drop unknown values', () => {
    expect(ignoredParams('?kind=meeting,party&status=rumour')).toEqual(['kind=party', 'status=rumour']);
  });

  it('write "every kind" as no filter at all', () => {
    expect(open(`?kind=${RELATION_KINDS.join(',')}`).view.kinds).toEqual([]);
    expect(serializeView(view({ statuses: [...STATUSES] }))).toBe('');
  });
});

describe('q', () => {
  it('round-trips text with spaces, separators and non-Latin letters', () => {
    const v = view({ query: 'Choe & Son-hui, 최선희; 50%+' });
    const search = serializeView(v);
    expect(search).toBe('?q=Choe+%26+Son-hui,+%EC%B5%9C%EC%84%A0%ED%9D%AC;+50%25%2B');
    expect(open(search).view).toEqual(v);
  });

  it('is trimmed and cut to a sane length', () => {
    expect(open('?q=%20choe%20').view.query).toBe('choe');
    const long = open(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(long.view.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.ignored.map((i) => i.param)).toEqual(['q']);
  });
});

describe('select', () => {
  it('selects an entity or a relation by id', () => {
    expect(open('?select=e:kp').view.selected).toEqual({ type: 'entity', id: 'kp' });
    expect(open('?select=r:by-ru-allies').view.selected).toEqual({ type: 'relation', id: 'by-ru-allies' });
    expect(serializeView(view({ selected: { type: 'relation', id: 'by-ru-allies' } }))).toBe('?select=r:by-ru-allies');
  });

  it('drops ids that do not exist or do not match their type', () => {
    expect(ignoredParams('?select=nope')).toEqual(['select=nope']);
    expect(ignoredParams('?select=e:by-ru-allies')).toEqual(['select=e:by-ru-allies']);
    expect(ignoredParams('?select=r:zz')).toEqual(['select=r:zz']);
    expect(open('?select=e:zz').view.selected).toBeUndefined();
  });

  it('uses the first of repeated single-valued parameters and says so', () => {
    const { view: v, ignored } = open('?select=e:kp&select=e:by');
    expect(v.selected).toEqual({ type: 'entity', id: 'kp' });
    expect(ignored.map(describeIgnored)).toEqual(['select=e:by: given more than once; the first is used']);
  });
});

describe('pos', () => {
  it('pins moved nodes at whole-pixel positions, sorted by id', () => {
    const { view: v, ignored } = open('?pos=kp:10.4,-20.6;by:-0.2,3');
    expect(ignored).toEqual([]);
    expect(v.pinned).toEqual({ by: { x: 0, y: 3 }, kp: { x: 10, y: -21 } });
    expect(Object.keys(v.pinned)).toEqual(['by', 'kp']);
    expect(serializeView(v)).toBe('?pos=by:0,3;kp:10,-21');
  });

  it('drops unknown ids, non-numbers and repeats; clamps far-away coordinates', () => {
    const { view: v, ignored } = open('?pos=zz:1,2;kp:NaN,1;ru:Infinity,0;by:1e9,-5;by:0,0;ua:1;ua:2,3');
    expect(v.pinned).toEqual({ by: { x: MAX_COORDINATE, y: -5 }, ua: { x: 2, y: 3 } });
    expect(ignored.map((i) => i.value)).toEqual(['zz:1,2', 'kp:NaN,1', 'ru:Infinity,0', 'by:1e9,-5', 'by:0,0', 'ua:1']);
  });
});

describe('at (the camera)', () => {
  it('keeps the point at the canvas centre in whole pixels and the zoom to three significant digits', () => {
    const { view: v, ignored } = open('?at=-120.4,340.6,1.2549');
    expect(ignored).toEqual([]);
    expect(v.camera).toEqual({ x: -120, y: 341, zoom: 1.25 });
    expect(serializeView(v)).toBe('?at=-120,341,1.25');
    expect(open('?at=10,20,0.020406').view.camera).toEqual({ x: 10, y: 20, zoom: 0.0204 });
  });

  it('comes last, after the moved nodes, and is left out when the user has not moved the camera', () => {
    expect(serializeView(view({ countries: ['kp'], pinned: { by: { x: 1, y: 2 } }, camera: { x: 5, y: 6, zoom: 2 } }))).toBe('?country=kp&pos=by:1,2&at=5,6,2');
    expect(serializeView(view({ countries: ['kp'], embed: true }))).toBe('?country=kp&embed=1');
    expect(serializeView(view({ embed: false }))).toBe('');
    expect(serializeView(view({ countries: ['kp'] }))).toBe('?country=kp');
  });

  it('drops what is not three finite numbers with a positive zoom, and says why', () => {
    for (const bad of ['1,2', '1,2,3,4', 'a,b,c', '1,2,0', '1,2,-1', '1,2,Infinity', ',,']) {
      const { view: v, ignored } = open(`?at=${encodeURIComponent(bad)}`);
      expect(v.camera).toBeUndefined();
      expect(ignored).toHaveLength(1);
      expect(ignored[0].param).toBe('at');
    }
  });

  it('brings a far-away point and an extreme zoom back within bounds, and says so', () => {
    const { view: v, ignored } = open('?at=1e9,-5,100');
    expect(v.camera).toEqual({ x: MAX_COORDINATE, y: -5, zoom: MAX_CAMERA_ZOOM });
    expect(ignored.map((i) => i.reason)).toEqual([`moved back within ±${MAX_COORDINATE}`, `zoom kept within ${MIN_CAMERA_ZOOM}–${MAX_CAMERA_ZOOM}`]);
    expect(open('?at=0,0,0.0001').view.camera?.zoom).toBe(MIN_CAMERA_ZOOM);
  });
});

describe('data', () => {
  it('names another graph file under data/', () => {
    expect(cleanDataFile(parseQuery('?data=data/other.json').state)).toEqual({ dataFile: 'data/other.json', ignored: [] });
    expect(serializeView(DEFAULT_VIEW, 'data/other.json')).toBe('?data=data/other.json');
    expect(serializeView(view({ countries: ['kp'] }), 'data/x/y.json')).toBe('?data=data/x/y.json&country=kp');
  });

  it('refuses anything outside data/ and falls back to the default file', () => {
    for (const bad of ['../secret.json', 'data/../package.json', 'https://evil.example/g.json', '/etc/passwd', 'data/graph.txt']) {
      const r = cleanDataFile(parseQuery(`?data=${encodeURIComponent(bad)}`).state);
      expect(r.dataFile).toBe(DEFAULT_DATA_FILE);
      expect(r.ignored).toHaveLength(1);
    }
  });

  it('is not a view parameter: cleanView neither reports nor applies it', () => {
    expect(open('?data=data/other.json').ignored).toEqual([]);
  });
});

describe('a broken link', () => {
  it('?country=zz&from=notadate&select=nope opens the default view and names each ignored parameter', () => {
    const { view: v, ignored } = open('?country=zz&from=notadate&select=nope');
    expect(v).toEqual(DEFAULT_VIEW);
    expect(ignored.map((i) => i.param)).toEqual(['country', 'from', 'select']);
    expect(ignored.map(describeIgnored).join('\n')).toMatch(/country=zz.*\n.*from=notadate.*\n.*select=nope/);
  });

  it('reports unknown parameters and keeps the rest', () => {
    const { view: v, ignored } = open('?utm_source=mail&country=kp&zoom');
    expect(v.countries).toEqual(['kp']);
    expect(ignored.map((i) => i.param)).toEqual(['utm_source', 'zoom']);
  });

  it('survives malformed percent-encoding', () => {
    expect(() => open('?q=%E0%A4%A&country=%ZZ&%')).not.toThrow();
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────

const countryIds = graph.entities.filter((e) => e.kind === 'country').map((e) => e.id);
const entityIds = graph.entities.map((e) => e.id);
const relationIds = graph.relations.map((r) => r.id);

const datePoint = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const someOf = <T extends string>(all: readonly T[]) => fc.subarray([...all]).map((xs) => (xs.length === all.length ? [] : xs));

/** Any view a user can reach through the UI, in its canonical form. */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    countries: fc.subarray(countryIds).map((xs) => [...xs].sort()),
    range: fc.tuple(fc.option(datePoint, { nil: undefined }), fc.option(datePoint, { nil: undefined })),
    includeUndated: fc.boolean(),
    kinds: someOf(RELATION_KINDS),
    statuses: someOf(STATUSES),
    contestedOnly: fc.boolean(),
    minOutlets: fc.integer({ min: 1, max: 9999 }),
    sources: fc.subarray(graph.articles.map((a) => a.id)).map((xs) => [...xs].sort()),
    query: fc.string({ maxLength: MAX_QUERY_LENGTH, unit: 'grapheme' }).map((s) => s.trim()),
    selected: fc.option(
      fc.oneof(
        fc.constantFrom(...entityIds).map((id) => ({ type: 'entity' as const, id })),
        fc.constantFrom(...relationIds).map((id) => ({ type: 'relation' as const, id })),
      ),
      { nil: undefined },
    ),
    pins: fc.dictionary(fc.constantFrom(...entityIds), fc.record({ x: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }), y: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }) })),
    camera: fc.option(
      fc.record({
        x: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
        y: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
        // What the app writes: a zoom within bounds, to three significant digits.
        zoom: fc.double({ min: MIN_CAMERA_ZOOM, max: MAX_CAMERA_ZOOM, noNaN: true }).map((z) => Number(z.toPrecision(3))),
      }),
      { nil: undefined },
    ),
    embed: fc.boolean(),
  })
  .map(({ range: [a, b], pins, selected, camera, embed, ...rest }) => {
    const v: ViewState = { ...rest, pinned: Object.fromEntries(Object.entries(pins).sort(([p], [q]) => (p < q ? -1 : 1))) };
    // A canonical range runs forwards.
    const backwards = a && b && pointInterval(a).first > pointInterval(b).last;
    const [from, to] = backwards ? [b, a] : [a, b];
    if (from) v.from = from;
    if (to) v.to = to;
    if (selected) v.selected = selected;
    if (camera) v.camera = camera;
    if (embed) v.embed = true;
    return v;
  });

const dataFile = fc.constantFrom(DEFAULT_DATA_FILE, 'data/other.json', 'data/generated/big-1.json');

describe('properties', () => {
  it('parse(serialize(view)) == view for every valid view', () => {
    fc.assert(
      fc.property(validView, dataFile, (v, file) => {
        const search = serializeView(v, file);
        const { state, ignored: unread } = parseQuery(search);
        const { view: back, ignored } = cleanView(state, graph);
        expect(unread).toEqual([]);
        expect(ignored).toEqual([]);
        expect(back).toEqual(v);
        expect(cleanDataFile(state).dataFile).toBe(file);
      }),
      { numRuns: 500 },
    );
  });

  it('serialize is canonical: serialize(parse(serialize(view))) == serialize(view)', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const once = serializeView(v);
        expect(serializeView(open(once).view)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('cleaning is idempotent for any query: what a link opens, re-written, opens the same view', () => {
    const noisyQuery = fc
      .array(
        fc.tuple(
          fc.constantFrom('country', 'from', 'to', 'undated', 'kind', 'status', 'q', 'select', 'pos', 'at', 'data', 'other'),
          fc.oneof(
            fc.string(),
            fc.constantFrom(...entityIds, ...relationIds, ...RELATION_KINDS, ...STATUSES, '0', '1'),
            fc.constantFrom(...entityIds).map((id) => `e:${id}`),
            fc.tuple(fc.constantFrom(...entityIds), fc.double(), fc.double()).map(([id, x, y]) => `${id}:${x},${y}`),
            fc.tuple(fc.double(), fc.double(), fc.double()).map(([x, y, z]) => `${x},${y},${z}`),
            datePoint,
          ),
        ),
      )
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(noisyQuery, (search) => {
        const first = open(search).view;
        const again = open(serializeView(first));
        expect(again.ignored).toEqual([]);
        expect(again.view).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('no input string crashes the parser', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }));
    const pairs = fc
      .array(fc.tuple(fc.oneof(anyText, fc.constantFrom('country', 'from', 'select', 'pos', 'q')), anyText))
      .map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(anyText, pairs, pairs.map((p) => `?${p}`)), (search) => {
        const { view: v, ignored } = open(search);
        expect(Array.isArray(ignored)).toBe(true);
        cleanDataFile(parseQuery(search).state);
        // Whatever came in, what goes out is writable.
        expect(typeof serializeView(v)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('embed', () => {
  it('reads embed=1 as the embedded page and reports a value it cannot read', () => {
    expect(viewFromSearch('?embed=1&country=kp', graph).view.embed).toBe(true);
    expect(viewFromSearch('?embed=0', graph).view.embed).toBeUndefined();
    const { view: v, ignored } = viewFromSearch('?embed=maybe', graph);
    expect(v.embed).toBeUndefined();
    expect(ignored).toEqual([{ param: 'embed', value: 'maybe', reason: 'must be 0 or 1' }]);
  });
});

describe('reporting filters in the link', () => {
  it('reads contested, outlets and source, and reports what it cannot use', () => {
    const { view, ignored } = viewFromSearch('?contested=1&outlets=2&source=nk-belarus-2024-07-24,nope', graph);
    expect(view).toMatchObject({ contestedOnly: true, minOutlets: 2, sources: ['nk-belarus-2024-07-24'] });
    expect(ignored).toEqual([{ param: 'source', value: 'nope', reason: 'no article with this id in the data' }]);
    expect(serializeView(view)).toBe('?contested=1&outlets=2&source=nk-belarus-2024-07-24');
    const bad = viewFromSearch('?contested=maybe&outlets=0', graph);
    expect(bad.view).toMatchObject({ contestedOnly: false, minOutlets: 1 });
    expect(bad.ignored.map((i) => i.param)).toEqual(['contested', 'outlets']);
  });
});
