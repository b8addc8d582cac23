/**
 * `npm start`: installs dependencies if needed, builds the app and serves it (with the data
 * folder) on a local port. It prints the URL once the server answers, and nothing a newcomer
 * would take for a failure. PORT=… picks the port, HOST=… the interface.
 */
import { spawnSync, spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
console.log('Building Entente…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? 'localhost';
const url = `http://localhost:${port}/`;
// vite's own banner is left out (--logLevel warn): the one line that matters is printed below, once it is true.
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', host, '--logLevel', 'warn'], { stdio: 'inherit' });
server.on('exit', (code) => {
  if (code) console.error(`\nThe server stopped (exit code ${code}). Is port ${port} already in use? Try PORT=4174 npm start.`);
  process.exit(code ?? 0);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));

const probe = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}/`;
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
