/**
 * Finds a Chromium for the browser tests: CHROMIUM_PATH, then Playwright's own download,
 * then a chromium on PATH. If none exists it tries to get one (Playwright's installer,
 * or Debian's package when running as root) and otherwise says exactly what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return (await playwrightOwn()) ?? ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'].map(onPath).find(Boolean);
}

function tryRun(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: 15 * 60_000 });
  return r.status === 0;
}

export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  console.log('No Chromium found for the browser tests; trying to install one.');
  if (tryRun('npx', ['playwright', 'install', 'chromium'])) {
    const p = await findChromium();
    if (p) return p;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    tryRun('apt-get', ['update', '-qq']);
    if (tryRun('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      const p = await findChromium();
      if (p) return p;
    }
  }
  throw new Error(
    'No Chromium for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  - anywhere with internet: npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium().then(
    (p) => {
      console.log(p);
      try {
        console.log(execFileSync(p, ['--version'], { encoding: 'utf8' }).trim());
      } catch {
        /* version is informative only */
      }
    },
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
