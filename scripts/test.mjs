/**
 * `npm test`: type check, lint (ESLint), data validation, unit tests (Vitest), end-to-end tests
 * (Playwright against the built app). Stops at the first failing step.
 * `--e2e-only` runs just the browser tests; extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';
import { ensureChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const rest = args.filter((a) => a !== '--e2e-only');

function step(title, cmd, cmdArgs, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(r.status ?? 1);
  }
}

ensureDependencies();
if (!e2eOnly) {
  step('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
  step('Lint', 'npx', ['eslint', '.']);
  step('Data validation', 'npx', ['tsx', 'scripts/validate.ts']);
  step('Unit tests', 'npx', ['vitest', 'run']);
}
const chromium = await ensureChromium();
step('Build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('End-to-end tests', 'npx', ['playwright', 'test', ...rest], { CHROMIUM_PATH: chromium });
