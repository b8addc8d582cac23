/**
 * `npm start`: installs dependencies if needed, builds the app and serves it (with the data
 * folder and the local API that writes it, scripts/server/) on a local port. It prints the URL
 * once the server answers, and nothing a newcomer would take for a failure. PORT=… picks the
 * port, HOST=… the interface (this machine only, 127.0.0.1, unless told otherwise).
 */
import { spawnSync, spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
console.log('Building Entente…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT ?? '4173';
const host = process.env.HOST || '127.0.0.1';
const url = `http://localhost:${port}/`;
// The server's own "listening on" line is left out: the one line that matters is printed below, once it is true.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server/main.ts'], { stdio: ['inherit', 'ignore', 'inherit'], env: { ...process.env, PORT: port, HOST: host } });
server.on('exit', (code) => {
  if (code) console.error(`\nThe server stopped (exit code ${code}). Is port ${port} already in use? Try PORT=4174 npm start.`);
  process.exit(code ?? 0);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));

const probe = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}/`;
const started = Date.now();
let answered = false;
while (!answered && Date.now() - started < 60_000) {
  try {
    const res = await fetch(probe);
    if (res.ok) {
      console.log(`\nEntente is running at ${url} (Ctrl+C to stop)\n`);
      answered = true;
    }
  } catch {
    // not listening yet
  }
  if (!answered) await new Promise((r) => setTimeout(r, 150));
}
if (!answered) console.error(`\nThe server has not answered at ${probe} after a minute; see the messages above.`);
