/**
 * A seeded fuzz of links (issue 15): a few hundred random queries, some well formed, most not,
 * applied to the running app (Back/Forward-style, through popstate, and a few as full page
 * loads). None may throw a page error, leave the app without its explorer or error screen, or
 * make a request leave the origin. FUZZ_SEED=<n> FUZZ_RUNS=<n> reproduce or widen a run.
 */
import { test, expect } from '@playwright/test';
import { openExplorer } from './helpers';
import { SCRIPT_PAYLOADS } from '../src/test/hostileFiles';

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const FULL_LOADS = 15;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARAMS = ['data', 'country', 'from', 'to', 'undated', 'kind', 'status', 'q', 'select', 'pos', 'at'];
const IDS = ['kp', 'by', 'ru', 'ua', 'p-kim-jong-un', 'nope', '__proto__', 'constructor', 'toString', ''];
const KINDS = ['meeting', 'alliance', 'support', 'conflict', 'cooperation', 'role', 'MEETING', 'x'];
const STATUSES = ['reported', 'intent', 'proposed', 'forecast', 'denied', 'Reported', '?'];

/** encodeURIComponent throws on a lone surrogate; a link cannot carry one anyway. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Compact positions (urlState.ts) the app wrote, whole or damaged: cut, a digit changed, a header changed, random digits. */
function compactVariant(token: string, rand: () => number): string {
  const int = (n: number) => Math.floor(rand() * n);
  const at = int(token.length);
  switch (int(6)) {
    case 0:
      return token;
    case 1:
      return token.slice(0, at);
    case 2:
      return token.slice(0, at) + B64[int(64)] + token.slice(at + 1);
    case 3:
      return token.replace(/\.([ib])\d+\./, `.${['i', 'b', 'x'][int(3)]}${int(5)}${int(5)}${int(5)}.`);
    case 4:
      return token.replace(/^1\.[0-9a-z]+/, `1.${int(36 ** 4).toString(36)}`);
    default:
      return token.replace(/[^.]*$/, Array.from({ length: int(80) }, () => B64[int(64)]).join(''));
  }
}

function linkGenerator(rand: () => number, compactPositions: string) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const int = (n: number) => Math.floor(rand() * n);
  const number = () => pick(['0', '-0', '1e309', 'NaN', 'Infinity', '-12.5', '99999999', '0x10', ' 3 ', String(int(2000) - 1000), '1,2', ''] as const);
  const junk = () =>
    pick([
      () => pick(SCRIPT_PAYLOADS),
      () => '\u202E' + 'x'.repeat(int(50)),
      () => '😀'.repeat(int(20)),
      () => '\ud800',
      () => '%',
      () => '%E0%A4%A',
      () => 'x'.repeat(int(3000)),
      () => String.fromCharCode(...Array.from({ length: int(30) }, () => int(0xffff))),
      () => '../../etc/passwd',
      () => 'javascript:alert(1)',
    ])();
  const value = (param: string): string => {
    if (rand() < 0.25) return junk();
    switch (param) {
      case 'data':
        return pick(['data/graph.json', 'data/missing.json', '../x.json', 'data/../package.json', 'https://evil.example/g.json', 'data/graph.layout.json', '//x', 'data/generated/XL.json']);
      case 'country':
        return Array.from({ length: int(6) }, () => pick(IDS)).join(pick([',', ';', ',,']));
      case 'kind':
        return Array.from({ length: int(5) }, () => pick(KINDS)).join(',');
      case 'status':
        return Array.from({ length: int(5) }, () => pick(STATUSES)).join(',');
      case 'from':
      case 'to':
        return pick(['2024', '2024-07', '2024-07-22', '2024-02-30', '0000', '99999', '2024-13', 'yesterday', '']);
      case 'undated':
        return pick(['0', '1', 'true', 'no', '']);
      case 'select':
        return `${pick(['e', 'r', 'x', ''])}:${pick(IDS)}`;
      case 'pos':
        if (rand() < 0.4) return compactVariant(compactPositions, rand);
        return Array.from({ length: int(8) }, () => `${pick(IDS)}:${number()},${number()}`).join(';');
      case 'at':
        return `${number()},${number()},${pick(['1', '0', '-1', '1e-9', '1e9', '0.5'])}`;
      default:
        return junk();
    }
  };
  return (): string => {
    const parts: string[] = [];
    for (let i = 0, n = 1 + int(6); i < n; i++) {
      const param = rand() < 0.1 ? junk() : pick(PARAMS);
      const raw = value(param);
      // Mostly encoded as a link would be; sometimes raw, as someone might paste it.
      const enc = (s: string) => (rand() < 0.8 ? encodeURIComponent(wellFormed(s)) : s.replace(/[#&]/g, ''));
      parts.push(`${enc(param)}=${enc(raw)}`);
    }
    return `?${parts.join(rand() < 0.9 ? '&' : '&&')}`;
  };
}

test(`link fuzz: ${RUNS} links, seed ${SEED}`, async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on('pageerror', (err) => errors.push(`${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data: flags
    if (url.origin !== new URL(baseURL!).origin) offOrigin.push(req.url());
  });
  await openExplorer(page);
  // The compact form of pos names nodes by their index in this data set, so take one the app wrote.
  const compactPositions = await page.evaluate(() => {
    history.pushState(null, '', '?pos=kp:-12345,67890;by:23456,-7890;ru:-3456,789;ua:4567,-8901');
    window.dispatchEvent(new PopStateEvent('popstate'));
    return new URLSearchParams(location.search).get('pos') ?? '';
  });
  expect(compactPositions).toMatch(/^1\./);
  const next = linkGenerator(random(SEED), compactPositions);

  for (let i = 0; i < RUNS; i++) {
    const link = next();
    const context = `link #${i} (FUZZ_SEED=${SEED}): ${link.slice(0, 200)}`;
    if (i % Math.ceil(RUNS / FULL_LOADS) === 0) {
      const response = await page.goto(`./${link}`);
      // Too long for the server to accept is the server's answer, not the app's failure.
      if (response && response.status() === 431) continue;
      // The explorer, or the error screen (its list of problems sits under a disclosure, closed when a file is simply missing).
      await expect(page.getByTestId('count-line').or(page.getByText('Entente could not open its data')), context).toBeVisible({ timeout: 20_000 });
      if (!(await page.getByTestId('count-line').isVisible())) await openExplorer(page);
    } else {
      await page.evaluate((search) => {
        history.pushState(null, '', search.replace(/^\?/, '?'));
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, link);
      await expect(page.getByTestId('count-line'), context).toBeVisible();
    }
    expect(errors, context).toEqual([]);
  }
  expect(offOrigin).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
