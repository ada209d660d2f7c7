import { readFile } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationSnapshots, projectChanges } from '../src/database/schema/index.js';
import { SAMPLE_PROJECT_PATH } from '../src/demo/demo-seeder.service.js';
import { contentHash } from '../src/modules/history/content-hash.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

const INDICATORS = [
  { key: 'exec', level1: 'budgetExecution', level2: 'budgetExecution', name: '预算执行率', weight: '10', formula: 'executionRate', deviationReason: '按进度支付。' },
  { key: 'sessions', level1: 'output', level2: 'quantity', name: '培训场次', weight: '20', target: '≥10次', actual: '10次' },
  { key: 'pass', level1: 'output', level2: 'quality', name: '培训合格率', weight: '10', target: '≥90%', actual: '95%' },
  { key: 'ontime', level1: 'output', level2: 'timeliness', name: '按期完成率', weight: '10', target: '≥90%', actual: '100%' },
  { key: 'cost', level1: 'output', level2: 'cost', name: '培训成本', weight: '10', target: '≤20万元', actual: '8万元' },
  { key: 'law', level1: 'benefit', level2: 'social', name: '群众法治意识', weight: '15', target: '逐步提高', actual: '逐步提高' },
  { key: 'lasting', level1: 'benefit', level2: 'sustainability', name: '长效机制', weight: '15', target: '逐步提高', actual: '逐步提高' },
  { key: 'satisfied', level1: 'satisfaction', level2: 'satisfaction', name: '群众满意度', weight: '10', target: '≥90%', actual: '96%' },
];

const DETAIL = `id version totalScore grade spentAmount { yuan }
  indicators { id key score claimedScore derivation tier manualScore justification evidence actual }
  evaluation { status claimedTotalScore snapshot { contentHash hashVerified projectVersion } }
  scoreCard { totalScore gradeLabel dimensions { id score } }
  auditFindings { code severity message }`;

interface Detail {
  id: string;
  version: number;
  totalScore: string | null;
  grade: string | null;
  spentAmount: { yuan: string };
  indicators: {
    id: string;
    key: string;
    score: string | null;
    claimedScore: string | null;
    derivation: string;
    tier: string | null;
    manualScore: string | null;
    justification: string | null;
    evidence: string[];
    actual: string | null;
  }[];
  evaluation: { status: string; claimedTotalScore: string | null; snapshot: { contentHash: string; hashVerified: boolean; projectVersion: number } | null } | null;
  scoreCard: { totalScore: string; gradeLabel: string; dimensions: { id: string; score: string }[] } | null;
  auditFindings: { code: string; severity: string; message: string }[];
}

interface Change {
  version: number;
  operation: string;
  operationLabel: string;
  actorName: string;
  reason: string | null;
  fields: { field: string; label: string; before: string | null; after: string | null }[];
}

describe('history, frozen evaluations and lost updates', () => {
  let app: TestApp;
  let staff: string;
  let finance: string;

  const detail = async (id: string): Promise<Detail> => {
    const result = await app.gql<{ project: Detail }>(`query($id: ID!) { project(id: $id) { ${DETAIL} } }`, { id }, staff);
    if (!result.data?.project) throw new Error(JSON.stringify(result.errors));
    return result.data.project;
  };
  const history = async (id: string, args = 'first: 100'): Promise<{ nodes: Change[]; hasMore: boolean; totalCount: number }> => {
    const result = await app.gql<{ project: { history: { nodes: Change[]; hasMore: boolean; totalCount: number } } }>(
      `query($id: ID!) { project(id: $id) { history(${args}) { totalCount hasMore nodes { version operation operationLabel actorName reason fields { field label before after } } } } }`,
      { id },
      staff,
    );
    if (!result.data?.project) throw new Error(JSON.stringify(result.errors));
    return result.data.project.history;
  };
  /** Runs a project mutation based on the project's current version. */
  const write = async (id: string, mutation: string, variables: Record<string, unknown> = {}, token = staff): Promise<GraphQLResponse<Record<string, Detail>>> =>
    app.gql<Record<string, Detail>>(mutation, { id, v: (await detail(id)).version, ...variables }, token);
  const ok = <T extends GraphQLResponse>(result: T): T => {
    expect(result.errors).toBeUndefined();
    return result;
  };
  const indicatorId = async (id: string, key: string): Promise<string> => (await detail(id)).indicators.find((i) => i.key === key)?.id ?? '';

  /** A project of 政法委 with budget, payments, indicators and tiers: ready to score and submit. */
  const build = async (name: string): Promise<string> => {
    const created = ok(
      await app.gql<{ createProject: { id: string } }>('mutation($name: String!) { createProject(input: { name: $name, fiscalYear: 2023 }) { id } }', { name }, staff),
    );
    const id = created.data?.createProject.id ?? '';
    ok(
      await write(id, 'mutation($id: ID!, $v: Int!) { setBudget(projectId: $id, expectedVersion: $v, input: { lines: [{ fundSource: fiscal, budgetAmount: "500000", receivedAmount: "400000" }], spentAmount: "360000" }) { id } }'),
    );
    ok(
      await write(id, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
        input: { kind: 'selfEvaluation', framework: 'self-evaluation-2020', indicators: INDICATORS },
      }),
    );
    for (const [key, score] of [['law', '13.5'], ['lasting', '13']] as const) {
      ok(
        await app.gql(
          'mutation($i: ID!, $v: Int!, $s: Decimal!) { setIndicatorTier(indicatorId: $i, expectedVersion: $v, input: { tier: achieved, score: $s, justification: "实地调研" }) { id } }',
          { i: await indicatorId(id, key), v: (await detail(id)).version, s: score },
          staff,
        ),
      );
    }
    return id;
  };
  const scoreAsComputed = async (id: string) =>
    ok(
      await write(id, 'mutation($id: ID!, $v: Int!, $t: Decimal) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [], totalScore: $t }) { id } }', {
        t: (await detail(id)).scoreCard?.totalScore,
      }),
    );
  const submit = async (id: string) => write(id, `mutation($id: ID!, $v: Int!) { submitEvaluation(projectId: $id, expectedVersion: $v) { ${DETAIL} } }`);

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 2 });
    staff = await app.login('zfw-staff');
    finance = await app.login('finance');
  });
  afterAll(() => app.close());

  describe('frozen means frozen', () => {
    let id: string;
    let atSubmission: Detail;

    beforeAll(async () => {
      id = await build('冻结快照项目');
      await scoreAsComputed(id);
      const submitted = ok(await submit(id));
      atSubmission = submitted.data?.submitEvaluation as Detail;
    });

    it('stores a snapshot whose hash verifies against the canonical JSON of its content', async () => {
      expect(atSubmission.evaluation?.status).toBe('submitted');
      expect(atSubmission.evaluation?.snapshot).toMatchObject({ hashVerified: true, projectVersion: atSubmission.version });
      const [row] = await app.db().select().from(evaluationSnapshots).where(eq(evaluationSnapshots.projectId, id));
      expect(row?.contentHash).toBe(atSubmission.evaluation?.snapshot?.contentHash);
      expect(contentHash(row?.content)).toBe(row?.contentHash);
      expect(row?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('keeps the submitted score card, indicators and findings after setBudget(spentAmount: "0"), while the live budget follows', async () => {
      ok(
        await write(id, 'mutation($id: ID!, $v: Int!) { setBudget(projectId: $id, expectedVersion: $v, input: { lines: [{ fundSource: fiscal, budgetAmount: "500000", receivedAmount: "400000" }], spentAmount: "0" }) { id } }'),
      );
      const after = await detail(id);
      expect(after.spentAmount.yuan).toBe('0.00');
      expect(after.version).toBe(atSubmission.version + 1);
      expect(after.scoreCard).toEqual(atSubmission.scoreCard);
      expect(after.indicators).toEqual(atSubmission.indicators);
      expect(after.auditFindings).toEqual(atSubmission.auditFindings);
      expect([after.totalScore, after.grade]).toEqual([atSubmission.totalScore, atSubmission.grade]);
      expect(after.evaluation?.snapshot).toEqual(atSubmission.evaluation?.snapshot);
      // The list and dashboard read the stored total: it is the submitted one too.
      const listed = await app.gql<{ projects: { nodes: { id: string; totalScore: string }[] } }>('{ projects(first: 100, filter: { text: "冻结快照项目" }) { nodes { id totalScore } } }', {}, staff);
      expect(listed.data?.projects.nodes).toEqual([{ id, totalScore: atSubmission.totalScore }]);
    });

    it('lets the database refuse any change to a snapshot or a history row', async () => {
      // Drizzle wraps the database's error: its cause carries the trigger's message.
      const refusal = (statement: Promise<unknown>) => statement.then(() => 'written', (error: Error) => String((error.cause as Error | undefined)?.message));
      expect(await refusal(app.db().execute(sql`update evaluation_snapshots set content_hash = 'x' where project_id = ${id}`))).toMatch(/evaluation_snapshots is append-only: UPDATE refused/);
      expect(await refusal(app.db().execute(sql`delete from project_changes where project_id = ${id}`))).toMatch(/project_changes is append-only: DELETE refused/);
    });

    it('refuses edits of the evaluation while submitted', async () => {
      const refused = await app.gql(
        'mutation($i: ID!, $v: Int!) { setIndicatorActual(indicatorId: $i, expectedVersion: $v, input: { actual: "3次" }) { id } }',
        { i: await indicatorId(id, 'sessions'), v: (await detail(id)).version },
        staff,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'evaluationSubmitted' });
    });

    it('退回 needs a finance reviewer or admin and a reason, and is recorded with it', async () => {
      const back = (token: string, reason: string) =>
        write(id, 'mutation($id: ID!, $v: Int!, $r: String!) { returnEvaluation(projectId: $id, expectedVersion: $v, reason: $r) { id evaluation { status snapshot { contentHash } } } }', { r: reason }, token);
      expect((await back(staff, '自己退回')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await back(await app.login('evaluator'), '评价组退回')).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect((await back(finance, '   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'empty' });
      expect((await detail(id)).evaluation?.status).toBe('submitted');

      const returned = ok(await back(finance, '宣传费支出未附凭证，请补充后重新提交'));
      expect(returned.data?.returnEvaluation?.evaluation).toEqual({ status: 'draft', snapshot: null });
      const [latest] = (await history(id, 'first: 1')).nodes;
      expect(latest).toMatchObject({ operation: 'returnEvaluation', operationLabel: '退回评价', actorName: expect.any(String), reason: '宣传费支出未附凭证，请补充后重新提交' });
      expect(latest?.fields).toContainEqual({ field: 'evaluation.status', label: '评价状态', before: '已提交', after: '草稿' });
      // Reopened, the live numbers count again (spending is now 0: the execution score moves).
      const live = await detail(id);
      expect(live.totalScore).not.toBe(atSubmission.totalScore);
      expect(live.evaluation?.status).toBe('draft');
      // The old snapshot stays stored, detached.
      expect(await app.db().select({ id: evaluationSnapshots.id }).from(evaluationSnapshots).where(eq(evaluationSnapshots.projectId, id))).toHaveLength(1);
    });

    it('refuses 退回 of an evaluation that is not submitted', async () => {
      const result = await write(id, 'mutation($id: ID!, $v: Int!) { returnEvaluation(projectId: $id, expectedVersion: $v, reason: "再退一次") { id } }', {}, finance);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'notSubmitted' });
    });
  });

  describe('no lost updates', () => {
    it('answers CONFLICT with the current version when the write is based on a stale one, and writes nothing', async () => {
      const id = await build('版本冲突项目');
      const before = await detail(id);
      const changes = (await history(id)).totalCount;
      const stale = await app.gql(
        'mutation($id: ID!, $v: Int!) { updateProject(id: $id, expectedVersion: $v, input: { name: "后来者" }) { id } }',
        { id, v: before.version - 1 },
        staff,
      );
      expect(stale.data).toBeNull();
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion', field: 'expectedVersion', currentVersion: before.version });
      expect(stale.errors?.[0]?.message).toContain('已被他人修改');
      expect(await detail(id)).toEqual(before);
      expect((await history(id)).totalCount).toBe(changes);
      // Two editors on the same version: the first wins, the second is told.
      const edit = (name: string) =>
        app.gql<{ updateProject: { version: number } }>('mutation($id: ID!, $v: Int!, $n: String!) { updateProject(id: $id, expectedVersion: $v, input: { name: $n }) { version } }', { id, v: before.version, n: name }, staff);
      const [first, second] = await Promise.all([edit('甲的名称'), edit('乙的名称')]);
      const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
      expect(outcomes).toEqual(['CONFLICT', 'ok']);
      // What changed since my version is in the history.
      const since = await history(id, `first: 10, sinceVersion: ${before.version}`);
      expect(since.nodes).toHaveLength(1);
      expect(since.nodes[0]?.fields[0]).toMatchObject({ field: 'name', label: '项目名称', before: '版本冲突项目' });
    });
  });

  describe('no silent data loss', () => {
    let id: string;
    beforeAll(async () => {
      id = await build('不丢数据项目');
    });

    it('setIndicatorActual keeps an omitted actual and clears it only on an explicit null', async () => {
      const sessions = await indicatorId(id, 'sessions');
      const set = async (input: Record<string, unknown>) =>
        ok(await app.gql('mutation($i: ID!, $v: Int!, $input: SetIndicatorActualInput!) { setIndicatorActual(indicatorId: $i, expectedVersion: $v, input: $input) { id } }', { i: sessions, v: (await detail(id)).version, input }, staff));
      await set({ evidence: ['培训签到表'] });
      expect((await detail(id)).indicators.find((i) => i.key === 'sessions')).toMatchObject({ actual: '10次', evidence: ['培训签到表'] });
      await set({ actual: null });
      expect((await detail(id)).indicators.find((i) => i.key === 'sessions')).toMatchObject({ actual: null, evidence: ['培训签到表'] });
      await set({ actual: '10次' });
    });

    it('setIndicators with the same list keeps ids, tiers, justifications, evidence and actuals', async () => {
      const before = await detail(id);
      const withoutActuals = INDICATORS.map(({ actual: _actual, ...rest }) => rest);
      ok(await write(id, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', { input: { indicators: withoutActuals } }));
      const after = await detail(id);
      expect(after.indicators).toEqual(before.indicators);
      expect(after.indicators.find((i) => i.key === 'law')).toMatchObject({ tier: 'achieved', manualScore: '13.50', justification: '实地调研' });
      // Nothing changed, so no new version and no history row.
      expect(after.version).toBe(before.version);
    });

    it('setIndicators drops only what the list drops, and a tier only when its weight changes', async () => {
      const before = await detail(id);
      const changed = INDICATORS.filter((i) => i.key !== 'satisfied').map((i) => (i.key === 'lasting' ? { ...i, weight: '25' } : i));
      ok(await write(id, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', { input: { indicators: changed } }));
      const after = await detail(id);
      expect(after.indicators.map((i) => i.key)).toEqual(changed.map((i) => i.key));
      expect(after.indicators.find((i) => i.key === 'law')).toEqual(before.indicators.find((i) => i.key === 'law'));
      expect(after.indicators.find((i) => i.key === 'lasting')).toMatchObject({ tier: null, manualScore: null, justification: null, actual: '逐步提高' });
      const [latest] = (await history(id, 'first: 1')).nodes;
      expect(latest?.fields).toEqual(
        expect.arrayContaining([
          { field: 'indicators.satisfied', label: '指标「群众满意度」', before: 'satisfaction / satisfaction / 群众满意度', after: null },
          { field: 'indicators.lasting.weight', label: '指标「长效机制」·分值', before: '15.00', after: '25.00' },
          { field: 'indicators.lasting.tier', label: '指标「长效机制」·定性档次', before: '达成年度指标', after: null },
        ]),
      );
      ok(await write(id, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', { input: { indicators: INDICATORS } }));
    });

    it('scoreEvaluation without scores keeps the scores already claimed', async () => {
      const exec = await indicatorId(id, 'exec');
      ok(await write(id, 'mutation($id: ID!, $v: Int!, $i: ID!) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [{ indicatorId: $i, score: "7" }], totalScore: "95", grade: "优" }) { id } }', { i: exec }));
      const claimed = await detail(id);
      expect(claimed.indicators.find((i) => i.key === 'exec')?.claimedScore).toBe('7.00');
      ok(await write(id, 'mutation($id: ID!, $v: Int!) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [] }) { id } }'));
      const again = await detail(id);
      expect(again.indicators.map((i) => i.claimedScore)).toEqual(claimed.indicators.map((i) => i.claimedScore));
      expect(again.evaluation?.claimedTotalScore).toBe('95.00');
    });
  });

  describe('validation of actuals', () => {
    it('refuses a negative count, an absurd magnitude and a unit that does not match the target, naming the field', async () => {
      const id = await build('校验项目');
      const sessions = await indicatorId(id, 'sessions');
      const set = async (actual: string) =>
        app.gql('mutation($i: ID!, $v: Int!, $a: String) { setIndicatorActual(indicatorId: $i, expectedVersion: $v, input: { actual: $a }) { id } }', { i: sessions, v: (await detail(id)).version, a: actual }, staff);
      const before = await detail(id);
      for (const [actual, reason] of [['-1次', 'negative'], ['123456789012345678901234次', 'tooLarge'], ['3万元', 'unitMismatch']] as const) {
        const result = await set(actual);
        expect(result.errors?.[0]?.extensions, actual).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actual', reason });
        expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await detail(id)).toEqual(before);
      const listed = await write(id, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
        input: { indicators: INDICATORS.map((i) => (i.key === 'sessions' ? { ...i, actual: '5万元' } : i)) },
      });
      expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicators[1].actual', reason: 'unitMismatch' });
    });
  });

  describe('history', () => {
    it('records who changed which field from what to what, newest first, paginated', async () => {
      const id = await build('变更记录项目');
      ok(await write(id, 'mutation($id: ID!, $v: Int!) { recordPayment(projectId: $id, expectedVersion: $v, input: { date: "2023-03-15", amount: "1000.50", category: "宣传费", voucher: "记-01" }) { id } }'));
      const all = await history(id);
      expect(all.nodes.map((c) => c.operation)).toEqual(['recordPayment', 'setIndicatorTier', 'setIndicatorTier', 'setIndicators', 'setBudget', 'createProject']);
      expect(all.nodes.map((c) => c.version)).toEqual([6, 5, 4, 3, 2, 1]);
      const [payment, , , , budget] = all.nodes;
      expect(payment).toMatchObject({ operationLabel: '登记支付', actorName: expect.stringMatching(/\S/), reason: null });
      expect(payment?.fields).toContainEqual(expect.objectContaining({ label: '支付', before: null, after: '2023-03-15 宣传费 1000.50元 凭证记-01' }));
      expect(budget?.fields).toEqual(
        expect.arrayContaining([
          { field: 'budget.lines.fiscal.receivedAmount', label: '预算（财政资金）·实际到位', before: null, after: '400000.00元' },
          { field: 'budget.spentAmount', label: '实际支出（填报）', before: null, after: '360000.00元' },
        ]),
      );
      const page = await history(id, 'first: 2');
      expect([page.nodes.map((c) => c.version), page.hasMore, page.totalCount]).toEqual([[6, 5], true, 6]);
      const next = await history(id, 'first: 2, beforeVersion: 5');
      expect(next.nodes.map((c) => c.version)).toEqual([4, 3]);
      const bad = await app.gql('query($id: ID!) { project(id: $id) { history(first: 0) { totalCount } } }', { id }, staff);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('writes the history row in the write\'s transaction: a failing write leaves none', async () => {
      const id = await build('回滚项目');
      const before = await detail(id);
      const rows = async () => (await app.db().select({ id: projectChanges.id }).from(projectChanges).where(eq(projectChanges.projectId, id))).length;
      const count = await rows();
      // Passes every input check, then the core refuses the tier score: the whole write rolls back.
      const refused = await app.gql(
        'mutation($i: ID!, $v: Int!) { setIndicatorTier(indicatorId: $i, expectedVersion: $v, input: { tier: achieved, score: "1", justification: "太低" }) { id } }',
        { i: await indicatorId(id, 'law'), v: before.version },
        staff,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
      expect(await rows()).toBe(count);
      expect(await detail(id)).toEqual(before);
      // And a history row that cannot be written fails the write: the version is taken by a row already there.
      await app.db().insert(projectChanges).values({ projectId: id, version: before.version + 1, action: 'test', actorName: '测试', fields: [] });
      const blocked = await write(id, 'mutation($id: ID!, $v: Int!) { updateProject(id: $id, expectedVersion: $v, input: { name: "改不成" }) { id } }');
      expect(blocked.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect((await detail(id)).version).toBe(before.version);
      const named = await app.gql<{ project: { name: string } }>('query($id: ID!) { project(id: $id) { name } }', { id }, staff);
      expect(named.data?.project.name).toBe('回滚项目');
    });

    it('downloads the history as .xlsx with the project scope', async () => {
      const id = await build('导出项目');
      const response = await fetch(`${app.baseUrl}/projects/${id}/history.xlsx`, { headers: { authorization: `Bearer ${staff}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('导出项目-2023-变更记录.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
      const sheet = workbook.getWorksheet('变更记录');
      const operations = new Set<string>();
      sheet?.eachRow((row, n) => {
        if (n > 2) operations.add(String(row.getCell(4).value));
      });
      expect([...operations]).toEqual(['评定定性档次', '设置指标', '设置预算', '创建项目']);
      const foreign = await fetch(`${app.baseUrl}/projects/${id}/history.xlsx`, { headers: { authorization: `Bearer ${await app.login('edu-staff')}` } });
      expect(foreign.status).toBe(404);
    });
  });

  describe('duplicate imports', () => {
    const importFile = (file: string, onDuplicate?: string) =>
      app.gql<{ importProject: { id: string; name: string } }>(
        `mutation($file: String!) { importProject(file: $file${onDuplicate ? `, onDuplicate: ${onDuplicate}` : ''}) { id name } }`,
        { file },
        staff,
      );
    const count = async () => (await app.gql<{ projects: { totalCount: number } }>('{ projects(first: 1) { totalCount } }', {}, staff)).data?.projects.totalCount;

    it('refuses a file already imported (same content), naming the project, and creates it only when confirmed', async () => {
      const sample = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8')) as { project: { name: string } };
      sample.project.name = '综治工作经费（重复导入）';
      const text = JSON.stringify(sample);
      const first = ok(await importFile(text));
      const total = await count();
      // Key order and spacing do not make it a different file.
      const again = await importFile(JSON.stringify(JSON.parse(text), null, 2));
      expect(again.data).toBeNull();
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'DUPLICATE',
        reason: 'sameContent',
        existingProject: { id: first.data?.importProject.id, name: '综治工作经费（重复导入）', unitName: '昌吉州党委政法委', fiscalYear: 2022 },
      });
      expect(again.errors?.[0]?.message).toContain('综治工作经费（重复导入）');
      expect(await count()).toBe(total);
      const confirmed = ok(await importFile(text, 'CREATE_NEW'));
      expect(confirmed.data?.importProject.id).not.toBe(first.data?.importProject.id);
      expect(await count()).toBe((total ?? 0) + 1);
    });

    it('refuses a different file for the same unit, name and fiscal year', async () => {
      // The seeded sample is 政法委's 综治工作经费 2022; this file differs in its budget.
      const sample = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8')) as { budget: { asOf?: string } };
      sample.budget.asOf = '2022-11-30';
      const result = await importFile(JSON.stringify(sample));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', reason: 'sameNameAndYear', existingProject: { name: '综治工作经费', fiscalYear: 2022 } });
    });
  });
});
