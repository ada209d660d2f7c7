import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT_PATH } from '../src/demo/demo-seeder.service.js';
import { analyseProjectFile } from '../src/modules/analysis/project-analysis.js';
import { loadProjectAggregates } from '../src/modules/projects/project-aggregate.repository.js';
import { toProjectFile } from '../src/modules/projects/project-file.mapper.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { INDICATORS } from './support/training-indicators.js';

const PROJECT_FIELDS = `id name budgetAmount { wanYuan } receivedAmount { wanYuan } spentAmount { wanYuan } executionRate { text } totalScore grade
  payments { amount { yuan } category }
  indicators { id key name score claimedScore derivation tier }
  evaluation { status claimedTotalScore claimedGrade }
  scoreCard { totalScore }`;

interface ProjectOut {
  id: string;
  name: string;
  budgetAmount: { wanYuan: string };
  receivedAmount: { wanYuan: string };
  spentAmount: { wanYuan: string };
  executionRate: { text: string } | null;
  totalScore: string | null;
  grade: string | null;
  payments: { amount: { yuan: string }; category: string }[];
  indicators: { id: string; key: string; name: string; score: string | null; claimedScore: string | null; derivation: string; tier: string | null }[];
  evaluation: { status: string; claimedTotalScore: string | null; claimedGrade: string | null } | null;
  scoreCard: { totalScore: string } | null;
}

describe('changing projects', () => {
  let app: TestApp;
  let staff: string;
  let projectId: string;

  const run = async (query: string, variables: Record<string, unknown>, token = staff): Promise<GraphQLResponse<Record<string, ProjectOut>>> =>
    app.gql<Record<string, ProjectOut>>(query, variables, token);
  const current = async (): Promise<ProjectOut> => {
    const result = await run(`query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`, { id: projectId });
    const project = result.data?.project;
    if (!project) throw new Error(`project not readable: ${JSON.stringify(result.errors)}`);
    return project;
  };
  /** The version the next write is based on. */
  const version = async (id = projectId): Promise<number> => {
    const result = await app.gql<{ project: { version: number } }>('query($id: ID!) { project(id: $id) { version } }', { id }, staff);
    const v = result.data?.project.version;
    if (v === undefined) throw new Error(`project not readable: ${JSON.stringify(result.errors)}`);
    return v;
  };
  const expectBadInput = (result: GraphQLResponse, field: string, reason: string) => {
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  };

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 4 });
    staff = await app.login('zfw-staff');
  });
  afterAll(() => app.close());

  it('creates a project in the staff member\'s own unit', async () => {
    const result = await run(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} unit { name } } }`,
      { input: { name: '法治宣传专项', fiscalYear: 2023 } },
    );
    expect(result.errors).toBeUndefined();
    const project = result.data?.createProject;
    expect(project).toMatchObject({ name: '法治宣传专项', budgetAmount: { wanYuan: '0.00' }, executionRate: null, totalScore: null });
    projectId = project?.id ?? '';
  });

  it('refuses a blank name with its field', async () => {
    const result = await run('mutation($id: ID!, $v: Int!) { updateProject(id: $id, expectedVersion: $v, input: { name: "  " }) { id } }', { id: projectId, v: await version() });
    expectBadInput(result, 'input.name', 'empty');
  });

  it('reads null as not given, except where null clears (updateProject code)', async () => {
    const set = await run('mutation($id: ID!, $v: Int!) { updateProject(id: $id, expectedVersion: $v, input: { code: "FZ-01", supervisingDepartment: "司法局" }) { id } }', { id: projectId, v: await version() });
    expect(set.errors).toBeUndefined();
    // name: null is “not given” (the name stays); code: null clears; the department is untouched.
    const result = await app.gql<{ updateProject: { name: string; code: string | null; supervisingDepartment: string | null } }>(
      'mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { name code supervisingDepartment } }',
      { id: projectId, v: await version(), input: { name: null, code: null, goals: null } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProject).toEqual({ name: '法治宣传专项', code: null, supervisingDepartment: '司法局' });
  });

  it('sets the budget by fund source', async () => {
    const result = await run(
      `mutation($id: ID!, $v: Int!, $input: SetBudgetInput!) { setBudget(projectId: $id, expectedVersion: $v, input: $input) { ${PROJECT_FIELDS} } }`,
      { id: projectId, v: await version(), input: { lines: [{ fundSource: 'fiscal', budgetAmount: '500000.00', receivedAmount: '400000' }] } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setBudget).toMatchObject({ budgetAmount: { wanYuan: '50.00' }, receivedAmount: { wanYuan: '40.00' } });
  });

  it('records a payment and recomputes execution', async () => {
    const result = await run(
      `mutation($id: ID!, $v: Int!, $input: PaymentInput!) { recordPayment(projectId: $id, expectedVersion: $v, input: $input) { ${PROJECT_FIELDS} } }`,
      { id: projectId, v: await version(), input: { date: '2023-03-15', amount: '100000.00', category: '宣传费', voucher: '记-03-001' } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordPayment).toMatchObject({ spentAmount: { wanYuan: '10.00' }, executionRate: { text: '25.00%' } });
  });

  it('refuses bad payments with the field and reason, and writes none of them', async () => {
    const pay = async (input: Record<string, unknown>) =>
      run('mutation($id: ID!, $v: Int!, $input: PaymentInput!) { recordPayment(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
        id: projectId,
        v: await version(),
        input: { date: '2023-04-01', amount: '10.00', category: '宣传费', ...input },
      });
    expectBadInput(await pay({ amount: '-5' }), 'input.amount', 'negative');
    expectBadInput(await pay({ amount: '1.005' }), 'input.amount', 'tooManyDecimals');
    expectBadInput(await pay({ amount: '0' }), 'input.amount', 'zero');
    expectBadInput(await pay({ date: '2023-02-30' }), 'input.date', 'notADate');
    expectBadInput(await pay({ category: ' ' }), 'input.category', 'empty');
    const asNumber = await pay({ amount: 12.5 });
    expect(asNumber.errors?.[0]?.message).toContain('不是有效的数字');
    expect((await current()).payments).toHaveLength(1);
  });

  it('answers an unknown or unreachable project as not found', async () => {
    const result = await run('mutation { recordPayment(projectId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, input: { date: "2023-01-01", amount: "1", category: "x" }) { id } }', {});
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectBadInput(await run('mutation { recordPayment(projectId: "42", expectedVersion: 1, input: { date: "2023-01-01", amount: "1", category: "x" }) { id } }', {}), 'projectId', 'notAnId');
  });

  it('sets the indicators and scores them with the core', async () => {
    const result = await run(
      `mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { ${PROJECT_FIELDS} } }`,
      { id: projectId, v: await version(), input: { kind: 'selfEvaluation', framework: 'self-evaluation-2020', indicators: INDICATORS } },
    );
    expect(result.errors).toBeUndefined();
    const project = result.data?.setIndicators;
    expect(project?.indicators.map((i) => i.name)).toEqual(INDICATORS.map((i) => i.name));
    const execution = project?.indicators.find((i) => i.name === '预算执行率');
    expect(execution?.score).toBe('2.00');
    expect(project?.totalScore).toBe(project?.scoreCard?.totalScore);
  });

  it('rolls back indicators the core cannot read', async () => {
    const before = await current();
    const result = await run('mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
      id: projectId,
      v: await version(),
      input: { indicators: [{ level1: '不存在的维度', level2: 'x', name: 'y', weight: '10' }] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidProject' });
    expect((await current()).indicators).toEqual(before.indicators);
  });

  it('sets an actual, refusing one it cannot read', async () => {
    const quantity = (await current()).indicators.find((i) => i.name === '培训场次');
    const set = async (actual: string) =>
      run(`mutation($id: ID!, $v: Int!, $actual: String) { setIndicatorActual(indicatorId: $id, expectedVersion: $v, input: { actual: $actual }) { ${PROJECT_FIELDS} } }`, {
        id: quantity?.id,
        v: await version(),
        actual,
      });
    expectBadInput(await set('很多很多'), 'input.actual', 'unreadable');
    const result = await set('12次');
    expect(result.errors).toBeUndefined();
    expect(result.data?.setIndicatorActual?.indicators.find((i) => i.name === '培训场次')?.score).toBe('20.00');
  });

  it('records 完成目标可能性 and 偏差原因类别 on an indicator: set, kept when omitted, cleared by null, refused when unknown', async () => {
    const quantity = (await current()).indicators.find((i) => i.name === '培训场次');
    const FIELDS = 'indicators { id completionLikelihood completionLikelihoodLabel deviationCauseCategory deviationCauseCategoryLabel deviationReason actual }';
    interface Monitoring {
      id: string;
      completionLikelihood: string | null;
      completionLikelihoodLabel: string | null;
      deviationCauseCategory: string | null;
      deviationCauseCategoryLabel: string | null;
      deviationReason: string | null;
      actual: string | null;
    }
    const set = async (input: Record<string, unknown>) => {
      const result = await app.gql<{ setIndicatorActual: { indicators: Monitoring[] } }>(
        `mutation($id: ID!, $v: Int!, $input: SetIndicatorActualInput!) { setIndicatorActual(indicatorId: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`,
        { id: quantity?.id, v: await version(), input },
        staff,
      );
      return { ...result, indicator: result.data?.setIndicatorActual.indicators.find((i) => i.id === quantity?.id) };
    };
    const first = await set({ actual: '12次', completionLikelihood: 'possible', deviationCauseCategory: 'staffing', deviationReason: '培训师资不足' });
    expect(first.errors).toBeUndefined();
    expect(first.indicator).toMatchObject({
      completionLikelihood: 'possible',
      completionLikelihoodLabel: '有可能',
      deviationCauseCategory: 'staffing',
      deviationCauseCategoryLabel: '人员保障',
    });
    const kept = await set({ actual: '12次' });
    expect(kept.indicator).toMatchObject({ completionLikelihood: 'possible', deviationCauseCategory: 'staffing', deviationReason: '培训师资不足' });
    const cleared = await set({ actual: '12次', completionLikelihood: null, deviationCauseCategory: null });
    expect(cleared.indicator).toMatchObject({ completionLikelihood: null, completionLikelihoodLabel: null, deviationCauseCategory: null, deviationReason: '培训师资不足' });
    const unknown = await set({ actual: '12次', completionLikelihood: 'maybe' });
    expect(unknown.data ?? null).toBeNull();
    expect(unknown.errors?.[0]?.message).toContain('CompletionLikelihood');
    // setIndicators carries them too.
    const replaced = await app.gql<{ setIndicators: { indicators: Monitoring[] } }>(
      `mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`,
      { id: projectId, v: await version(), input: { indicators: INDICATORS.map((i) => (i.name === '培训场次' ? { ...i, actual: '12次', completionLikelihood: 'certain', deviationCauseCategory: null } : i)) } },
      staff,
    );
    expect(replaced.errors).toBeUndefined();
    const indicators = replaced.data?.setIndicators.indicators ?? [];
    expect(indicators.map((i) => i.completionLikelihoodLabel)).toEqual(INDICATORS.map((i) => (i.name === '培训场次' ? '确定能' : null)));
  });

  it('sets a qualitative tier only with a score inside it', async () => {
    const social = (await current()).indicators.find((i) => i.name === '群众法治意识');
    const set = async (score: string) =>
      run(
        `mutation($id: ID!, $v: Int!, $score: Decimal!) { setIndicatorTier(indicatorId: $id, expectedVersion: $v, input: { tier: achieved, score: $score, justification: "实地调研" }) { ${PROJECT_FIELDS} } }`,
        { id: social?.id, v: await version(), score },
      );
    const outside = await set('5');
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
    const inside = await set('13.5');
    expect(inside.errors).toBeUndefined();
    expect(inside.data?.setIndicatorTier?.indicators.find((i) => i.name === '群众法治意识')).toMatchObject({ tier: 'achieved', score: '13.50' });
    const sustainability = (await current()).indicators.find((i) => i.name === '长效机制');
    expect(sustainability?.score).toBeNull();
    const second = await run(
      'mutation($id: ID!, $v: Int!) { setIndicatorTier(indicatorId: $id, expectedVersion: $v, input: { tier: partiallyAchieved, score: "10", justification: "部分达成" }) { id } }',
      { id: sustainability?.id, v: await version() },
    );
    expect(second.errors).toBeUndefined();
  });

  it('states the evaluation\'s scores and refuses to submit while the audit finds errors', async () => {
    const wrong = await run(`mutation($id: ID!, $v: Int!) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [], totalScore: "99" }) { ${PROJECT_FIELDS} } }`, {
      id: projectId,
      v: await version(),
    });
    expect(wrong.errors).toBeUndefined();
    expect(wrong.data?.scoreEvaluation?.evaluation?.claimedTotalScore).toBe('99.00');
    const refused = await run('mutation($id: ID!, $v: Int!) { submitEvaluation(projectId: $id, expectedVersion: $v) { id } }', { id: projectId, v: await version() });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'auditErrors' });
    expect((await current()).evaluation?.status).toBe('draft');
  });

  it('submits a consistent evaluation and freezes it', async () => {
    // The claimed total stays until one is given: state the recomputed one.
    const total = (await current()).scoreCard?.totalScore;
    const scored = await run(`mutation($id: ID!, $v: Int!, $total: Decimal) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [], totalScore: $total }) { ${PROJECT_FIELDS} } }`, {
      id: projectId,
      v: await version(),
      total,
    });
    const project = scored.data?.scoreEvaluation;
    expect(project?.evaluation?.claimedTotalScore).toBe(project?.scoreCard?.totalScore);
    expect(project?.indicators.every((i) => i.claimedScore === i.score)).toBe(true);
    const submitted = await run(`mutation($id: ID!, $v: Int!) { submitEvaluation(projectId: $id, expectedVersion: $v) { ${PROJECT_FIELDS} } }`, { id: projectId, v: await version() });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitEvaluation?.evaluation?.status).toBe('submitted');
    const indicator = project?.indicators[1];
    const frozen = await run('mutation($id: ID!, $v: Int!) { setIndicatorActual(indicatorId: $id, expectedVersion: $v, input: { actual: "3次" }) { id } }', { id: indicator?.id, v: await version() });
    expect(frozen.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'evaluationSubmitted' });
  });

  describe('importing project files', () => {
    const importFile = (file: string, token = staff) => run('mutation($file: String!) { importProject(file: $file) { id name unit { name } totalScore } }', { file }, token);

    it('imports a valid file into the importer\'s unit', async () => {
      const sample = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8')) as { project: { name: string; fiscalYear: number } };
      sample.project.name = '综治工作经费（导入副本）';
      const result = await importFile(JSON.stringify(sample));
      expect(result.errors).toBeUndefined();
      expect(result.data?.importProject).toMatchObject({ name: '综治工作经费（导入副本）', unit: { name: '昌吉州党委政法委' } });
    });

    it('keeps each indicator\'s 完成目标可能性 and 偏差原因类别 from the file, for GraphQL and for the core', async () => {
      const sample = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8')) as { project: { name: string }; evaluation: { indicators: Record<string, unknown>[] } };
      sample.project.name = '综治工作经费（监控导入）';
      Object.assign(sample.evaluation.indicators[0] ?? {}, { completionLikelihood: 'impossible', deviationCauseCategory: 'funding' });
      Object.assign(sample.evaluation.indicators[1] ?? {}, { completionLikelihood: 'certain' });
      const imported = await importFile(JSON.stringify(sample));
      expect(imported.errors).toBeUndefined();
      const id = imported.data?.importProject?.id ?? '';

      type Monitoring = { completionLikelihood: string | null; completionLikelihoodLabel: string | null; deviationCauseCategory: string | null; deviationCauseCategoryLabel: string | null };
      const result = await app.gql<{ project: { indicators: Monitoring[] } }>(
        'query($id: ID!) { project(id: $id) { indicators { completionLikelihood completionLikelihoodLabel deviationCauseCategory deviationCauseCategoryLabel } } }',
        { id },
        staff,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.project.indicators.slice(0, 3)).toEqual([
        { completionLikelihood: 'impossible', completionLikelihoodLabel: '完全不可能', deviationCauseCategory: 'funding', deviationCauseCategoryLabel: '经费保障' },
        { completionLikelihood: 'certain', completionLikelihoodLabel: '确定能', deviationCauseCategory: null, deviationCauseCategoryLabel: null },
        { completionLikelihood: null, completionLikelihoodLabel: null, deviationCauseCategory: null, deviationCauseCategoryLabel: null },
      ]);

      // The core reads stored projects back through the project file: the fields must survive that trip.
      const aggregate = (await loadProjectAggregates(app.db(), [id])).get(id);
      const analysed = aggregate && analyseProjectFile(toProjectFile(aggregate));
      const indicators = analysed?.ok ? (analysed.analysis.project.evaluation?.indicators ?? []) : [];
      expect(indicators.slice(0, 2).map((i) => [i.completionLikelihood, i.deviationCauseCategory])).toEqual([
        ['impossible', 'funding'],
        ['certain', undefined],
      ]);
    });

    it('refuses another unit\'s file from unit staff', async () => {
      const sample = await readFile(SAMPLE_PROJECT_PATH, 'utf8');
      const result = await importFile(sample, await app.login('edu-staff'));
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lists every problem of an invalid file', async () => {
      const result = await importFile(JSON.stringify({ formatVersion: 1, project: { name: '', fiscalYear: 1800 }, budget: { lines: [] } }));
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_PROJECT_FILE');
      const issues = result.errors?.[0]?.extensions?.issues as { path: string }[];
      expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['project.name', 'project.fiscalYear', 'budget.lines']));
    });

    it('says when the text is not JSON', async () => {
      expectBadInput(await importFile('{ not json'), 'file', 'notJson');
    });
  });
});
