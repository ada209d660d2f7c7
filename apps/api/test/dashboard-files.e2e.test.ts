import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the built dashboard at /', () => {
  let app: TestApp;
  let folder: string;
  let dist: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jixiao-dashboard-'));
    dist = join(folder, 'dist');
    app = await startTestApp({ demoProjects: 0, env: { DASHBOARD_DIST: dist } });
  });
  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${app.baseUrl}${path}`);

  it('answers 404 before a build, and serves a build that appears later without a restart', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/projects/abc')).status).toBe(404);

    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>绩效</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');

    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('绩效');
    const route = await get('/projects/abc?tab=indicators');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('绩效');
    const asset = await get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('leaves the API routes alone', async () => {
    const result = await app.gql<{ __typename: string }>('{ __typename }');
    expect(result.data).toEqual({ __typename: 'Query' });
  });
});
