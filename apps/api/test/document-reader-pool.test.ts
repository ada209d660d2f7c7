import { readFile } from 'node:fs/promises';
import { readProjectInput } from '@jixiao/documents';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../src/config/app-config.js';
import { DocumentReaderPool, type DocumentReaderLimits } from '../src/modules/documents/document-reader-pool.js';
import { longReportDocx } from './support/documents.js';

const SAMPLE_REPORT_PATH = `${API_ROOT}../../../shared/domain/seed-report-changji-zongzhi-2022.txt`;
const MB = 1024 * 1024;

// Timeouts are hang detectors, not speed checks: reader threads start from sources here (≈ 6 s
// each on an idle 2-core machine, several times that on a busy one); the heavy file takes seconds.
describe('DocumentReaderPool: a file that costs too much costs its own read, never the process', { timeout: 240_000 }, () => {
  let report: Uint8Array;
  let heavy: Uint8Array;
  let pool: DocumentReaderPool | undefined;
  const start = (limits: Partial<DocumentReaderLimits>) => {
    pool = new DocumentReaderPool({ threads: 1, maxQueue: 4, timeoutMs: 60_000, heapMb: 1024, ...limits });
    return pool;
  };
  const readReport = (readers: DocumentReaderPool) => readers.read({ bytes: report, fileName: 'report.txt', options: {} });

  beforeAll(async () => {
    report = new Uint8Array(await readFile(SAMPLE_REPORT_PATH));
    heavy = await longReportDocx(150_000);
  });

  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('answers what reading in-process answers', async () => {
    const readers = start({});
    expect(await readReport(readers)).toEqual(await readProjectInput(report, 'report.txt'));
  });

  it('stops a slow file at the deadline (the thread is terminated) and reads the next file on a fresh thread', async () => {
    const readers = start({ timeoutMs: 1000 });
    await readReport(readers); // the thread is up: the deadline now measures reading alone
    const began = Date.now();
    await expect(readers.read({ bytes: heavy, fileName: 'long.docx', options: {} })).rejects.toMatchObject({ reason: 'timeout' });
    // Generous: the point is "stopped", not "stopped fast" (reading it whole takes ≈ 10 s).
    expect(Date.now() - began).toBeLessThan(5000);
    expect((await readReport(readers)).ok).toBe(true);
  });

  it('stops a file that exhausts the thread\'s heap (resourceLimits) while the main heap stays flat', async () => {
    const readers = start({ heapMb: 192 });
    const mainHeap = process.memoryUsage().heapUsed;
    await expect(readers.read({ bytes: heavy, fileName: 'long.docx', options: {} })).rejects.toMatchObject({ reason: 'outOfMemory' });
    expect(process.memoryUsage().heapUsed - mainHeap).toBeLessThan(100 * MB);
    expect((await readReport(readers)).ok).toBe(true);
  });

  it('answers busy beyond its queue at once, and reads what waited once a thread is free', async () => {
    const readers = start({ maxQueue: 1, timeoutMs: 1500 });
    await readReport(readers);
    const running = readers.read({ bytes: heavy, fileName: 'long.docx', options: {} });
    const waiting = readReport(readers);
    await expect(readReport(readers)).rejects.toMatchObject({ reason: 'busy' });
    await expect(running).rejects.toMatchObject({ reason: 'timeout' });
    expect((await waiting).ok).toBe(true);
  });

  it('answers busy to what waits when it is closed', async () => {
    const readers = start({});
    const waiting = expect(readReport(readers)).rejects.toMatchObject({ reason: 'busy' });
    await readers.close();
    await waiting;
    await expect(readReport(readers)).rejects.toMatchObject({ reason: 'busy' });
  });
});
