import type { TestProject } from 'vitest/node';
import { buildAll, startApi } from './api-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One API (with the built dashboard) for the whole browser suite: seeding the demo data is the slow part. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // While developing: point the suite at an API already running with the built dashboard.
  const existing = process.env.JIXIAO_E2E_BASE_URL;
  if (existing) {
    project.provide('baseUrl', existing);
    return async () => undefined;
  }
  buildAll();
  const api = await startApi();
  project.provide('baseUrl', api.url);
  return () => api.stop();
}
