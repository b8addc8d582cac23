/**
 * The standing set of hostile data files (issue 15): every kind of broken or malicious input the
 * app has met or could meet, generated here (nothing large is kept in the repository), each with
 * the outcome it must have. The reader's unit test (hostile.test.ts) and the browser's
 * (e2e/hostile-data.spec.ts) run the same list.
 *
 * Every file is self-contained (texts inline), so it can be served from anywhere under data/.
 */

export type Expected =
  /** The explorer opens; `marker` is text from the data the page must show, as text. */
  | { status: 'ready'; marker?: string }
  /** The error screen, naming this path (and, when given, saying this). */
  | { status: 'error'; path: string; message?: RegExp };

export interface HostileFile {
  name: string;
  /** The bytes served (a string is served as UTF-8). */
  body: string | Uint8Array;
  expect: Expected;
}

const TEXT = 'Alpha met Beta on Monday. Gamma denied it.';

/** A payload that, if it ever ran, would set window.__pwned (the browser test checks it never does). */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '</bdi></title><script>window.__pwned=1</script>',
];

// Hostile files are built by poking arbitrary fields, so their type is deliberately loose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A small valid graph: two countries, a person, one meeting with its quote, the text inline. */
export function baseGraph(text = TEXT): Doc {
  return {
    version: 1,
    articles: [{ id: 'a1', title: 'A title', publisher: 'A publisher', url: 'https://example.org/a', published: '2024-07-24', language: 'en', text }],
    entities: [
      { id: 'xa', kind: 'country', name: 'Alpha', aliases: [] },
      { id: 'xg', kind: 'country', name: 'Gamma', aliases: [] },
      { id: 'p-beta', kind: 'person', name: 'Beta', aliases: [], country: 'xa' },
    ],
    relations: [
      {
        id: 'r1',
        kind: 'meeting',
        participants: ['xa', 'p-beta'],
        directed: false,
        status: 'reported',
        date: '2024-07-22',
        summary: 'Alpha met Beta.',
        evidence: [{ article: 'a1', start: 0, end: 14, quote: 'Alpha met Beta' }],
      },
    ],
  };
}

const edited = (edit: (g: Doc) => void, text?: string): string => {
  const g = baseGraph(text);
  edit(g);
  return JSON.stringify(g);
};

const error = (path: string, message?: RegExp): Expected => ({ status: 'error', path, message });
const ready = (marker?: string): Expected => ({ status: 'ready', marker });

/** A graph whose every text field carries `payload`; the quote (and the text it is cut from) too. */
function payloadEverywhere(payload: string): string {
  const text = `${payload} Alpha met Beta. ${payload}`;
  const start = text.indexOf('Alpha met Beta');
  return edited((g) => {
    Object.assign(g.articles[0], { title: payload, publisher: payload, agency: payload });
    for (const e of g.entities) Object.assign(e, { name: `${e.name} ${payload}`, aliases: [payload], description: payload });
    g.entities[2].offices = [payload];
    Object.assign(g.relations[0], { summary: payload, dateText: payload, notes: [payload], evidence: [{ article: 'a1', start, end: start + 14, quote: 'Alpha met Beta' }] });
    g.relations[0].evidence.push({ article: 'a1', start: 0, end: payload.length, quote: payload });
  }, text);
}

function deep(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export function hostileFiles(): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, body: string | Uint8Array, expect: Expected) => files.push({ name, body, expect });

  // Script payloads in every text field: shown as text, never run.
  SCRIPT_PAYLOADS.forEach((payload, i) => add(`script-payload-${i}`, payloadEverywhere(payload), ready(`Alpha ${payload}`)));

  // URLs that are not http(s).
  for (const [name, url] of [
    ['javascript', 'javascript:window.__pwned=1'],
    ['data', 'data:text/html,<script>window.__pwned=1</script>'],
    ['protocol-relative', '//evil.example/x'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
  ] as const)
    add(`url-${name}`, edited((g) => (g.articles[0].url = url)), error('articles[0].url'));

  // Prototype keys, at the root and in items.
  add('proto-root', '{"__proto__":{"polluted":true},"version":1,"articles":[],"entities":[],"relations":[]}', error('(root)'));
  add('proto-entity', edited((g) => (g.entities[0] = JSON.parse('{"__proto__":{"polluted":true},"id":"xa","kind":"country","name":"Alpha","aliases":[]}'))), error('entities[0]'));
  add('constructor-key', edited((g) => (g.relations[0].constructor = { prototype: { polluted: true } })), error('relations[0]'));
  add('proto-id', edited((g) => (g.entities[0].id = '__proto__')), error('entities[0].id'));

  // Every offset defect.
  const evidence = (ev: Doc) => edited((g) => (g.relations[0].evidence[0] = { article: 'a1', quote: 'Alpha met Beta', ...ev }));
  add('offset-past-end', evidence({ start: 0, end: 9999 }), error('relations[0].evidence[0].end', /past the end/));
  add('offset-backwards', evidence({ start: 14, end: 0 }), error('relations[0].evidence[0].end'));
  add('offset-empty-span', evidence({ start: 5, end: 5 }), error('relations[0].evidence[0].end'));
  add('offset-negative', evidence({ start: -1, end: 14 }), error('relations[0].evidence[0].start'));
  add('offset-fraction', evidence({ start: 0.5, end: 14 }), error('relations[0].evidence[0].start'));
  add('offset-string', evidence({ start: '0', end: 14 }), error('relations[0].evidence[0].start'));
  add('offset-huge', evidence({ start: 0, end: 1e308 }), error('relations[0].evidence[0].end'));
  add('offset-shifted', evidence({ start: 1, end: 15 }), error('relations[0].evidence[0].quote', /does not match/));
  add('quote-empty', evidence({ start: 0, end: 14, quote: '' }), error('relations[0].evidence[0].quote'));

  // Dangling ids.
  add('dangling-participant', edited((g) => (g.relations[0].participants = ['xa', 'atlantis'])), error('relations[0].participants[1]', /unknown entity id/));
  add('dangling-speaker', edited((g) => (g.relations[0].evidence[0].speaker = 'nobody')), error('relations[0].evidence[0].speaker'));
  add('dangling-article', edited((g) => (g.relations[0].evidence[0].article = 'a404')), error('relations[0].evidence[0].article'));
  add('dangling-country', edited((g) => (g.entities[2].country = 'atlantis')), error('entities[2].country'));
  add('duplicate-id', edited((g) => g.entities.push({ ...g.entities[0] })), error('entities[3].id', /duplicate id/));

  // Not a graph at all.
  add('empty', '', error('(root)', /not valid JSON/));
  add('whitespace', ' \n\t ', error('(root)', /not valid JSON/));
  add('html', '<!doctype html><title>x</title><script>window.__pwned=1</script>', error('(root)', /not valid JSON/));
  add('binary', new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x80, 0x00, 0x7b]), error('(root)', /not valid JSON/));
  add('truncated', JSON.stringify(baseGraph()).slice(0, 100), error('(root)', /not valid JSON/));
  for (const [name, body] of [['null', 'null'], ['number', '42'], ['string', '"graph"'], ['array', '[]'], ['true', 'true']]) add(`root-${name}`, body, error('(root)'));
  add('version-2', edited((g) => (g.version = 2)), error('version'));
  add('deep-nesting', deep(100_000), error('(root)'));
  // Built as text: JSON.stringify itself would overflow the stack on it.
  add('deep-nesting-in-field', edited((g) => (g.entities[0].description = '@DEEP@')).replace('"@DEEP@"', deep(50_000)), error('entities[0].description'));

  // Sizes that once hung the app (issue 15, item 1) or would draw for seconds.
  add('125k-bad-entities', JSON.stringify({ version: 1, articles: [], entities: new Array(125_000).fill(1), relations: [] }), error('entities[0]'));
  add('long-nested-list', edited((g) => (g.relations[0].participants = new Array(150_000).fill('xa'))), error('relations[0].participants', /at most 10,000/));

  // Encodings: what must load.
  add('bom', `\uFEFF${JSON.stringify(baseGraph())}`, ready('Alpha'));
  const crlf = 'Alpha met Beta\r\non Monday.\r\nGamma denied it.';
  const crlfQuote = 'Alpha met Beta\r\non Monday';
  add('crlf', edited((g) => (g.relations[0].evidence[0] = { article: 'a1', start: 0, end: crlfQuote.length, quote: crlfQuote }), crlf), ready('Alpha'));
  const nfd = 'Ale\u0301na met Beta';
  add('nfd-consistent', edited((g) => {
    g.entities[0].name = 'Ale\u0301na';
    g.relations[0].evidence[0] = { article: 'a1', start: 0, end: nfd.length, quote: nfd };
  }, nfd), ready('Ale\u0301na'));
  // An NFC quote against an NFD text is not the same words at those offsets: named, not normalized away.
  add('nfc-quote-nfd-text', edited((g) => (g.relations[0].evidence[0] = { article: 'a1', start: 0, end: 'Al\u00e9na'.length, quote: 'Al\u00e9na' }), nfd), error('relations[0].evidence[0].quote', /does not match/));
  const astral = '😀 Alpha met 𝔅eta 😀';
  add('surrogate-pairs', edited((g) => {
    g.entities[2].name = '𝔅eta 😀';
    g.relations[0].evidence[0] = { article: 'a1', start: 3, end: 3 + 'Alpha met 𝔅eta'.length, quote: 'Alpha met 𝔅eta' };
  }, astral), ready('𝔅eta 😀'));
  add('lone-surrogate', edited((g) => (g.entities[0].name = 'Alpha \ud800')), ready('Alpha'));
  add('split-surrogate-quote', edited((g) => (g.relations[0].evidence[0] = { article: 'a1', start: 0, end: 1, quote: '\ud83d' }), astral), ready('Alpha'));

  // Visible but harmless.
  add('long-name', edited((g) => (g.entities[0].name = 'N'.repeat(10_000))), ready('NNNN'));
  add('rtl-mark-publisher', edited((g) => (g.articles[0].publisher = 'Publisher \u202E')), ready('Publisher'));
  add('no-relations', JSON.stringify({ ...baseGraph(), relations: [] }), ready('This data holds no relations yet.'));
  add('nothing', JSON.stringify({ version: 1, articles: [], entities: [], relations: [] }), ready('This data holds no relations yet.'));
  return files;
}
