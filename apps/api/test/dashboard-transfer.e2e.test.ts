import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, not decoded (fetch would undo the compression under test). */
  readonly body: Buffer;
}

function rawRequest(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Text a few KB long, as a script would be (compression leaves files under 1 KB alone). */
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "项目${i}" }`).join(', ')}];\n`;
const styles = `.row { color: #303133; }\n`.repeat(200);
const HASHED = 'assets/index-B3x9Qk1a.js';

describe('the dashboard files over the wire', () => {
  let app: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jixiao-transfer-'));
    const dist = join(folder, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), `<!doctype html><title>绩效</title><script type="module" src="/${HASHED}"></script>`);
    // As the build writes them: the file and its brotli and gzip twins.
    await writeFile(join(dist, HASHED), script);
    await writeFile(join(dist, `${HASHED}.br`), brotliCompressSync(script));
    await writeFile(join(dist, `${HASHED}.gz`), gzipSync(script));
    // A file without twins.
    await writeFile(join(dist, 'assets', 'index-C1d2E3f4.css'), styles);
    await writeFile(join(dist, 'robots.txt'), 'User-agent: *\n');
    app = await startTestApp({ demoProjects: 0, env: { DASHBOARD_DIST: dist } });
  });
  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${app.baseUrl}${path}`, headers);

  it('sends a hashed asset as its brotli twin, else its gzip twin, else as it is, and says it varies', async () => {
    const br = await get(`/${HASHED}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 4);

    const gzip = await get(`/${HASHED}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(`/${HASHED}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses a file without a twin on the fly', async () => {
    const css = await get('/assets/index-C1d2E3f4.css', { 'accept-encoding': 'br' });
    expect(css.status).toBe(200);
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['content-type']).toMatch(/text\/css/);
    expect(brotliDecompressSync(css.body).toString()).toBe(styles);
    const gzip = await get('/assets/index-C1d2E3f4.css', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gzip.body).toString()).toBe(styles);
  });

  it('lets browsers keep hashed assets for a year and revalidate the page on every load', async () => {
    for (const path of [`/${HASHED}`, '/assets/index-C1d2E3f4.css']) {
      expect((await get(path)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/index.html', '/projects/abc?tab=indicators', '/robots.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
    // Revalidation is cheap: the page's validator answers 304 without a body.
    const page = await get('/');
    const etag = page.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await get('/', { 'if-none-match': String(etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not compress GraphQL answers, whose tokens a length side channel could reveal', async () => {
    const query = JSON.stringify({ query: `{ __typename ${'__typename '.repeat(200)}}` });
    const answer = await rawRequest(`${app.baseUrl}/graphql`, { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' }, 'POST', query);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
