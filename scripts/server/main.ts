/**
 * Runs the local server (scripts/server/app.ts): `npm start` starts it after building the app.
 * PORT (default 4173; 0 picks a free one), HOST (default 127.0.0.1: this machine only),
 * ENTENTE_DATA_ROOT (default data/, for tests), ENTENTE_FRAME_ANCESTORS (docs/security.md).
 * Prints one line, `listening on <url>`, once it accepts connections.
 */
import { join, resolve } from 'node:path';
import { DATA_DIR, ROOT } from '../lib/data-files';
import { frameAncestorsFromEnv } from '../lib/serveData';
import { buildServer } from './app';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const app = buildServer({
  dataRoot: process.env.ENTENTE_DATA_ROOT ? resolve(process.env.ENTENTE_DATA_ROOT) : DATA_DIR,
  distDir: join(ROOT, 'dist'),
  host,
  frameAncestors: frameAncestorsFromEnv(),
});

try {
  const address = await app.listen({ host, port });
  console.log(`listening on ${address}`);
} catch (err) {
  console.error(`The server could not start: ${(err as Error).message}`);
  process.exit(1);
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void app.close().then(() => process.exit(0)));
