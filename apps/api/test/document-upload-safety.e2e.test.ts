import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../src/config/app-config.js';
import { longReportDocx, zipBombDocx } from './support/documents.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SAMPLE_REPORT_PATH = `${API_ROOT}../../../shared/domain/seed-report-changji-zongzhi-2022.txt`;
const MB = 1024 * 1024;

interface HttpError {
  errors: { message: string; extensions: { code: string; field?: string; reason?: string } }[];
}

/**
 * The uploads that took the API down (issue 10): a zip bomb, and a file within the unpacking
 * limits whose reading needs far more memory than a real report. Each is one refused request; the
 * process answers the next one.
 */
// Timeouts are hang detectors, not speed checks: reader threads start from sources here (≈ 6 s
// each on an idle 2-core machine, several times that on a busy one); the heavy file takes seconds.
describe('POST /documents/preview: a hostile or monstrous upload costs one refused request', { timeout: 240_000 }, () => {
  let app: TestApp;
  let staff: string;
  let report: Uint8Array;
  let heavy: Uint8Array;

  const upload = (bytes: Uint8Array, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    return fetch(`${app.baseUrl}/documents/preview`, { method: 'POST', body: form, headers: { authorization: `Bearer ${staff}` } });
  };
  const refusal = async (response: Response) => ({ status: response.status, error: ((await response.json()) as HttpError).errors[0] });
  const stillServes = async () => {
    expect((await upload(report, 'report.txt')).status).toBe(200);
    expect((await app.gql('{ projects(first: 1) { totalCount } }', {}, staff)).errors).toBeUndefined();
  };

  beforeAll(async () => {
    // One reader thread with a 192 MB heap and no queue; a deadline long enough that the heap is what stops the heavy file.
    app = await startTestApp({ demoProjects: 1, env: { DOCUMENT_READERS: '1', DOCUMENT_READ_QUEUE: '0', DOCUMENT_READ_HEAP_MB: '192', DOCUMENT_READ_TIMEOUT_MS: '120000' } });
    staff = await app.login('zfw-staff');
    report = new Uint8Array(await readFile(SAMPLE_REPORT_PATH));
    heavy = await longReportDocx(150_000);
  });

  afterAll(() => app.close());

  it('refuses a zip bomb (80+ MB of document.xml in a few hundred KB) before inflating it', async () => {
    const bomb = await zipBombDocx();
    expect(bomb.byteLength).toBeLessThan(500 * 1024);
    const { status, error } = await refusal(await upload(bomb, '报告.docx'));
    expect(status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'tooLarge' });
    expect(error?.message).toMatch(/^文件“报告\.docx”解压后过大：其中的“word\/document\.xml”有 \d+\.\d MB，单个部件上限为 16\.0 MB/);
    await stillServes();
  });

  it('stops a file that exhausts the reader thread\'s heap; the API\'s own heap stays flat and it answers the next request', async () => {
    const mainHeap = process.memoryUsage().heapUsed;
    const { status, error } = await refusal(await upload(heavy, '长报告.docx'));
    expect(status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'tooComplex' });
    expect(error?.message).toBe('文件“长报告.docx”过于庞大或复杂：读取所需内存超过上限（192 MB），已停止读取');
    // Reading it in-process held ≈ 800 MB; the test runs the API in this process, so this is its heap.
    expect(process.memoryUsage().heapUsed - mainHeap).toBeLessThan(100 * MB);
    await stillServes();
  });

  it('answers 503 SERVER_BUSY to an upload arriving while the only reader is taken', async () => {
    const first = upload(heavy, '长报告.docx');
    // Sent after the first has reached the server (its body is read before it takes the reader).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { status, error } = await refusal(await upload(report, 'report.txt'));
    expect(status).toBe(503);
    expect(error).toEqual({ message: '服务器正忙于读取其他上传的文件，请稍后重试', extensions: { code: 'SERVER_BUSY', reason: 'busy' } });
    expect((await first).status).toBe(400);
    await stillServes();
  });
});
