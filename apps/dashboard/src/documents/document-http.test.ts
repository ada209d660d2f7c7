import { describe, expect, it, vi } from 'vitest';
import { DocumentRequestError, attachmentFileName, fetchProjectDocument, previewDocument } from './document-http';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const apiError = (message: string, code: string, reason?: string) => ({ errors: [{ message, extensions: { code, field: 'file', ...(reason ? { reason } : {}) } }] });

describe('attachmentFileName', () => {
  it('reads the RFC 5987 UTF-8 name before the ASCII fallback', () => {
    const header = `attachment; filename="self-evaluation-sheet.xlsx"; filename*=UTF-8''${encodeURIComponent('综治工作经费-自评表.xlsx')}`;
    expect(attachmentFileName(header, 'x.xlsx')).toBe('综治工作经费-自评表.xlsx');
    expect(attachmentFileName('attachment; filename="report.docx"', 'x.docx')).toBe('report.docx');
    expect(attachmentFileName("attachment; filename*=UTF-8''%E0%A4%A", 'x.docx')).toBe('x.docx');
    expect(attachmentFileName(null, 'x.docx')).toBe('x.docx');
  });
});

describe('fetchProjectDocument', () => {
  it('sends the Bearer token and answers the blob with its file name', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
        headers: { 'content-disposition': `attachment; filename="evaluation-report.docx"; filename*=UTF-8''${encodeURIComponent('综治工作经费-绩效评价报告.docx')}` },
      }),
    );
    const file = await fetchProjectDocument('p/1', 'evaluationReport', { token: 'tok', fetch });
    expect(fetch).toHaveBeenCalledWith('/projects/p%2F1/evaluation-report.docx', { headers: { authorization: 'Bearer tok' } });
    expect(file.fileName).toBe('综治工作经费-绩效评价报告.docx');
    expect([...new Uint8Array(await file.blob.arrayBuffer())]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('turns the API\'s error body and status into a Chinese message', async () => {
    const notFound = vi.fn<typeof globalThis.fetch>(async () => json(404, apiError('Project not found', 'NOT_FOUND')));
    await expect(fetchProjectDocument('x', 'selfEvaluationSheet', { token: 't', fetch: notFound })).rejects.toMatchObject({ status: 404, message: '没有找到该项目，或无权查看' });
    const expired = vi.fn<typeof globalThis.fetch>(async () => json(401, apiError('Missing token', 'UNAUTHENTICATED')));
    await expect(fetchProjectDocument('x', 'selfEvaluationSheet', { token: 't', fetch: expired })).rejects.toMatchObject({ message: '登录已失效，请重新登录' });
    const html = vi.fn<typeof globalThis.fetch>(async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(fetchProjectDocument('x', 'selfEvaluationSheet', { token: 't', fetch: html })).rejects.toMatchObject({ message: '服务器出错，请稍后再试' });
    const offline = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchProjectDocument('x', 'selfEvaluationSheet', { token: 't', fetch: offline })).rejects.toBeInstanceOf(DocumentRequestError);
  });
});

describe('previewDocument', () => {
  it('posts multipart with the optional fields before the file, the Bearer header and no Content-Type', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json(200, { fileName: 'r.txt' }));
    const file = new File(['报告'], '报告.txt', { type: 'text/plain' });
    await previewDocument(file, { regionCode: '652300', fiscalYear: 2022 }, { token: 'tok', fetch });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/documents/preview');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ authorization: 'Bearer tok' });
    const form = init?.body as FormData;
    expect([...form.keys()]).toEqual(['regionCode', 'fiscalYear', 'file']);
    expect(form.get('fiscalYear')).toBe('2022');
    expect((form.get('file') as File).name).toBe('报告.txt');
  });

  it('leaves out fields not given', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json(200, {}));
    await previewDocument(new File(['{}'], 'p.json'), { regionCode: null, fiscalYear: null }, { token: 'tok', fetch });
    expect([...(fetch.mock.calls[0]?.[1]?.body as FormData).keys()]).toEqual(['file']);
  });

  it('shows the API\'s Chinese reason for an unreadable file', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json(400, apiError('文件“空.txt”是空的', 'BAD_USER_INPUT', 'empty')));
    await expect(previewDocument(new File([''], '空.txt'), {}, { token: 't', fetch })).rejects.toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      reason: 'empty',
      message: '文件“空.txt”是空的',
    });
  });
});
