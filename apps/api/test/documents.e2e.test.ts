import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../src/config/app-config.js';
import { SAMPLE_PROJECT_PATH } from '../src/demo/demo-seeder.service.js';
import { UPLOAD_MAX_BYTES } from '../src/modules/documents/document-routes.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The sample report beside the repository: <repo>/../shared/domain. */
const SAMPLE_REPORT_PATH = `${API_ROOT}../../../shared/domain/seed-report-changji-zongzhi-2022.txt`;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

interface HttpError {
  errors: { message: string; extensions: { code: string; field?: string; reason?: string } }[];
}
interface Finding {
  code: string;
  claimed: string | null;
  computed: string | null;
}
interface Preview {
  fileName: string;
  duplicateOf: { reason: string; message: string; existingProject: { id: string; name: string } } | null;
  source: string;
  file: { project: { name: string; unit: { name: string } } };
  unplaced: { text: string; reason: string }[];
  budget: { budgetAmount: { wanYuan: string }; receivedAmount: { wanYuan: string }; spentAmount: { wanYuan: string }; executionRate: { text: string } | null };
  scoreCard: { totalScore: string; grade: string; gradeLabel: string; dimensions: { name: string; weight: string; score: string; claimedScore: string | null }[] } | null;
  claimed: { totalScore: string | null; grade: string | null } | null;
  auditFindings: Finding[];
}

describe('documents over plain HTTP: upload preview and downloads', () => {
  let app: TestApp;
  let staff: string;
  let sampleId: string;

  const upload = (bytes: Uint8Array | string, fileName: string, token: string | undefined, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), fileName);
    return fetch(`${app.baseUrl}/documents/preview`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  };
  const download = (path: string, token?: string) => fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const projectCount = async () => {
    const result = await app.gql<{ projects: { totalCount: number } }>('{ projects(first: 1) { totalCount } }', {}, await app.login('admin'));
    return result.data?.projects.totalCount;
  };

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 2 });
    staff = await app.login('zfw-staff');
    const found = await app.gql<{ searchProjects: { id: string }[] }>('{ searchProjects(name: "综治工作经费", fiscalYear: 2022) { id } }', {}, staff);
    const id = found.data?.searchProjects[0]?.id;
    if (!id) throw new Error('the sample project was not found');
    sampleId = id;
  });

  afterAll(() => app.close());

  describe('POST /documents/preview', () => {
    it('reads the sample report (.txt) into the project with its claims, audits it, and saves nothing', async () => {
      const before = await projectCount();
      const response = await upload(await readFile(SAMPLE_REPORT_PATH), '综治工作经费绩效评价报告.txt', staff);
      expect(response.status).toBe(200);
      const preview = (await response.json()) as Preview;
      expect(preview).toMatchObject({ fileName: '综治工作经费绩效评价报告.txt', source: 'txt' });
      expect(preview.budget).toMatchObject({ budgetAmount: { wanYuan: '100.00' }, receivedAmount: { wanYuan: '100.00' }, spentAmount: { wanYuan: '91.02' } });
      expect(preview.claimed).toEqual({ totalScore: '98.66', grade: expect.stringContaining('优') });
      expect(preview.scoreCard).toMatchObject({ totalScore: '98.30', gradeLabel: '优' });
      expect(preview.scoreCard?.dimensions.map((d) => d.name)).toEqual(['决策', '过程', '产出', '效益']);
      expect(preview.auditFindings).toContainEqual(expect.objectContaining({ code: 'score.mismatch', claimed: '4.56', computed: '4.55' }));
      expect(preview.auditFindings).toContainEqual(expect.objectContaining({ code: 'total.mismatch', claimed: '98.66', computed: '98.3' }));
      expect(Array.isArray(preview.unplaced)).toBe(true);
      expect(await projectCount()).toBe(before);
    });

    it('reads the sample project JSON to the same findings; importProject confirms the answered file', async () => {
      const before = await projectCount();
      const response = await upload(await readFile(SAMPLE_PROJECT_PATH), 'changji-zongzhi-2022.json', staff);
      expect(response.status).toBe(200);
      const preview = (await response.json()) as Preview;
      expect(preview.source).toBe('json');
      expect(preview.unplaced).toEqual([]);
      expect(preview.auditFindings).toContainEqual(expect.objectContaining({ code: 'score.mismatch', claimed: '4.56', computed: '4.55' }));
      expect(preview.auditFindings).toContainEqual(expect.objectContaining({ code: 'total.mismatch', claimed: '98.66', computed: '98.3' }));
      expect(await projectCount()).toBe(before);
      // The demo seeded the same project for the unit: the preview says so before anything is saved …
      expect(preview.duplicateOf).toMatchObject({
        reason: 'sameNameAndYear',
        existingProject: { name: '综治工作经费', unitName: '昌吉州党委政法委', fiscalYear: 2022 },
      });
      const refused = await app.gql('mutation($file: String!) { importProject(file: $file) { id } }', { file: JSON.stringify(preview.file) }, staff);
      expect(refused.errors?.[0]?.extensions?.code).toBe('DUPLICATE');
      expect(await projectCount()).toBe(before);

      // … and the confirmation creates a second one only when told to.
      const confirmed = await app.gql<{ importProject: { name: string; totalScore: string } }>(
        'mutation($file: String!) { importProject(file: $file, onDuplicate: CREATE_NEW) { name totalScore } }',
        { file: JSON.stringify(preview.file) },
        staff,
      );
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.importProject).toEqual({ name: preview.file.project.name, totalScore: '98.30' });
      expect(await projectCount()).toBe((before ?? 0) + 1);
    });

    it('answers garbage, empty and oversized files with a Chinese BAD_USER_INPUT on `file`', async () => {
      const cases: [Uint8Array | string, string, string][] = [
        [new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x9c, 0x03, 0x00, 0x00, 0x11]), 'x.bin', 'unsupportedType'],
        ['', '空文件.txt', 'empty'],
        [new Uint8Array([...ZIP_MAGIC, 0x14, 0x00, 0x00, 0x00]), '截断的自评表.xlsx', 'corrupt'],
        [new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(0x41), '很大的报告.txt', 'tooLarge'],
      ];
      const before = await projectCount();
      for (const [bytes, fileName, reason] of cases) {
        const response = await upload(bytes, fileName, staff);
        const body = (await response.json()) as HttpError;
        expect(response.status, fileName).toBe(400);
        expect(body.errors[0]?.extensions, fileName).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
        expect(body.errors[0]?.message, fileName).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await projectCount()).toBe(before);
    });

    it('asks for the year and the region a published table does not state, before it could be stored', async () => {
      const table = await readFile(`${API_ROOT}../../../shared/domain/corpus/raw/14-guizhou-suiyang-taibai-zhengti-2021.txt`);
      const admin = await app.login('admin');
      const missing = (await (await upload(table, '太白镇.txt', admin)).json()) as HttpError;
      expect(missing.errors[0]?.message).toContain('project.fiscalYear 文件中未写明年度：保存项目需要年度（上传时填写 fiscalYear，如 2022）');
      const withYear = (await (await upload(table, '太白镇.txt', admin, { fiscalYear: '2021' })).json()) as HttpError;
      expect(withYear.errors[0]?.message).toContain('project.region 文件中未写明所属地区：保存项目需要地区（上传时填写 regionCode，如 652300）');
      const answered = await upload(table, '太白镇.txt', admin, { fiscalYear: '2021', regionCode: '652300' });
      expect(answered.status).toBe(200);
      expect(((await answered.json()) as Preview).file.project.unit.name).toBe('绥阳县太白镇人民政府');
    });

    it('reads files above the GraphQL body limit (2 MB): the upload has its own limit', async () => {
      const response = await upload(new Uint8Array(3 * 1024 * 1024).fill(0x41), '三兆的文本.txt', staff);
      const body = (await response.json()) as HttpError;
      expect(response.status).toBe(400);
      // Read through to the parser, which finds no report in it.
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'noContent' });
    });

    it('refuses a unit staff member previewing another unit\'s report, as the import would', async () => {
      const response = await upload(await readFile(SAMPLE_REPORT_PATH), 'report.txt', await app.login('edu-staff'));
      expect(response.status).toBe(403);
      expect(((await response.json()) as HttpError).errors[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('is only for those who may import: 401 without a token, 403 for read-only roles', async () => {
      const anonymous = await upload('{}', 'p.json', undefined);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as HttpError).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      const leader = await upload(await readFile(SAMPLE_PROJECT_PATH), 'p.json', await app.login('leader'));
      expect(leader.status).toBe(403);
    });

    it('refuses other content types before reading the body (CSRF), and an invalid token', async () => {
      const json = await fetch(`${app.baseUrl}/documents/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
        body: '{}',
      });
      expect(json.status).toBe(415);
      const plain = await fetch(`${app.baseUrl}/documents/preview`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
      expect(plain.status).toBe(415);
      const forged = await upload('{}', 'p.json', 'not-a-token');
      expect(forged.status).toBe(401);
    });
  });

  describe('GET /projects/:id/self-evaluation-sheet.xlsx and evaluation-report.docx', () => {
    it('answers the sample\'s 自评表 as an .xlsx attachment named after the project', async () => {
      const response = await download(`/projects/${sampleId}/self-evaluation-sheet.xlsx`, staff);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="self-evaluation-sheet.xlsx"; filename*=UTF-8''${encodeURIComponent('综治工作经费-自评表.xlsx')}`,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual(ZIP_MAGIC);
    });

    it('answers the sample\'s 绩效评价报告 as a .docx attachment', async () => {
      const response = await download(`/projects/${sampleId}/evaluation-report.docx`, staff);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('综治工作经费-绩效评价报告.docx')}`);
      expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual(ZIP_MAGIC);
    });

    it('answers 404 NOT_FOUND to another unit\'s staff, like project(id) answering null', async () => {
      const edu = await app.login('edu-staff');
      for (const path of ['self-evaluation-sheet.xlsx', 'evaluation-report.docx']) {
        const response = await download(`/projects/${sampleId}/${path}`, edu);
        expect(response.status).toBe(404);
        expect(((await response.json()) as HttpError).errors[0]?.extensions.code).toBe('NOT_FOUND');
      }
      const graphql = await app.gql<{ project: unknown }>('query($id: ID!) { project(id: $id) { id } }', { id: sampleId }, edu);
      expect(graphql.data?.project).toBeNull();
    });

    it('answers 401 without a token and 404 for ids that are not projects', async () => {
      const anonymous = await download(`/projects/${sampleId}/self-evaluation-sheet.xlsx`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as HttpError).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await download('/projects/not-an-id/evaluation-report.docx', staff)).status).toBe(404);
      expect((await download('/projects/00000000-0000-4000-8000-000000000000/self-evaluation-sheet.xlsx', staff)).status).toBe(404);
    });
  });
});
