import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressDir, serveCompressed } from './precompressAssets';

const CODE = `export const answer = ${JSON.stringify('forty-two '.repeat(400))};\n`;

/** A raw HTTP GET (fetch would decompress for us), with the body as sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('precompressed assets', () => {
  let root: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'entente-precompress-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'app-abc123.js'), CODE);
    writeFileSync(join(root, 'assets', 'tiny-abc123.js'), 'export {};\n');
    writeFileSync(join(root, 'assets', 'photo-abc123.png'), Buffer.alloc(4096));
    writeFileSync(join(root, 'secret.js'), CODE);
    compressDir(join(root, 'assets'));
    const serve = serveCompressed(root);
    server = createServer((req, res) => serve(req, res, () => res.writeHead(418).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies of code worth compressing, and nothing for tiny or binary files', () => {
    expect(existsSync(join(root, 'assets', 'app-abc123.js.br'))).toBe(true);
    expect(existsSync(join(root, 'assets', 'app-abc123.js.gz'))).toBe(true);
    expect(existsSync(join(root, 'assets', 'tiny-abc123.js.br'))).toBe(false);
    expect(existsSync(join(root, 'assets', 'photo-abc123.png.br'))).toBe(false);
  });

  it('serves brotli to a browser that accepts it, the same code once decoded', async () => {
    const res = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(CODE.length / 10);
    expect(res.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(res.body).toString()).toBe(CODE);
  });

  it('serves gzip to a browser that accepts only gzip', async () => {
    const res = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(CODE);
  });

  it('leaves to the next middleware what it has no compressed copy for, or must not serve', async () => {
    const next = async (path: string, encoding = 'br, gzip') => (await get(`${base}${path}`, { 'accept-encoding': encoding })).status;
    expect(await next('/assets/app-abc123.js', 'identity')).toBe(418);
    expect(await next('/assets/tiny-abc123.js')).toBe(418);
    expect(await next('/assets/photo-abc123.png')).toBe(418);
    expect(await next('/secret.js')).toBe(418); // not under assets/
    expect(await next('/assets/../../etc/passwd.js')).toBe(418);
  });
});
