import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_YEARS, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { INDICATORS } from './support/training-indicators.js';

/**
 * A project's year taken through every stage by the right roles — 目标申报, 初审/复审 (with a
 * return), 调整, a 运行监控 round (returned once, then reviewed, its alerts answered), 自评
 * (submitted, returned, resubmitted, accepted), 整改 (evidence returned once, then closed), 结果应用,
 * 公开 — with each wrong role refused at each step, the 待办 of both sides, and the history.
 */

const LIFECYCLE = `projectId stage stageLabel version targetStatus targetReturnReason
  adjustments { id status reviewReason }
  rounds { id status returnReason alerts { id subject responseDue response responseNote overdue } }
  selfEvaluationStatus selfEvaluationReturnReason
  rectifications { id status evidence returnReason overdue }
  resultsSuggestion isPublic nonDisclosureReason
  pending { side action label subjectId due overdue }
  history { version action actionLabel actorName actorRole reason at }`;

interface Lifecycle {
  stage: string;
  version: number;
  targetStatus: string;
  targetReturnReason: string | null;
  rounds: { id: string; status: string; alerts: { id: string; responseDue: string | null; response: string | null }[] }[];
  selfEvaluationStatus: string;
  rectifications: { id: string; status: string }[];
  pending: { side: string; action: string; subjectId: string | null }[];
  history: { version: number; action: string; actorName: string; actorRole: string; reason: string | null }[];
}

type RoleName = 'admin' | 'leader' | 'leader-fukang' | 'finance' | 'zfw-staff' | 'edu-staff' | 'evaluator';
const NOT_UNIT: readonly RoleName[] = ['leader', 'leader-fukang', 'finance', 'edu-staff', 'evaluator'];
const NOT_FINANCE: readonly RoleName[] = ['leader', 'leader-fukang', 'zfw-staff', 'edu-staff', 'evaluator'];

describe('a project\'s year through every stage', () => {
  let app: TestApp;
  let projectId: string;
  const tokens = new Map<RoleName, string>();
  const as = (role: RoleName, query: string, variables: Record<string, unknown> = {}) => app.gql<Record<string, Lifecycle>>(query, { id: projectId, ...variables }, tokens.get(role));
  const version = async () => ((await as('zfw-staff', 'query($id: ID!) { project(id: $id) { version } }')).data?.project as unknown as { version: number }).version;

  /** Takes the step as `role`, after checking that every role in `wrong` is refused it and nothing moved. */
  async function step(role: RoleName, wrong: readonly RoleName[], mutation: string, variables: Record<string, unknown> = {}): Promise<Lifecycle> {
    const before = (await as('admin', `query($id: ID!) { projectLifecycle(projectId: $id) { version } }`)).data?.projectLifecycle?.version;
    const name = /\{\s*(\w+)/.exec(mutation)?.[1] ?? '';
    for (const other of wrong) {
      const refused = await as(other, mutation.replace('{ LIFECYCLE }', '{ version }'), variables);
      expect(refused.errors?.[0]?.extensions?.code, `${other} ${name}`).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      expect(refused.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await as('admin', `query($id: ID!) { projectLifecycle(projectId: $id) { version } }`)).data?.projectLifecycle?.version).toBe(before);
    const result: GraphQLResponse<Record<string, Lifecycle>> = await as(role, mutation.replace('{ LIFECYCLE }', `{ ${LIFECYCLE} }`), variables);
    expect(result.errors, name).toBeUndefined();
    const lifecycle = result.data?.[name];
    if (!lifecycle) throw new Error(`${name} answered nothing`);
    return lifecycle;
  }
  const todos = async (role: RoleName) => {
    const result = await app.gql<{ myTodos: { items: { projectId: string; step: { action: string } }[] } }>('{ myTodos(first: 100) { totalCount items { projectId step { action side } } } }', {}, tokens.get(role));
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.myTodos.items.filter((i) => i.projectId === projectId).map((i) => i.step.action);
  };

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 33 });
    for (const role of ['admin', 'leader', 'leader-fukang', 'finance', 'zfw-staff', 'edu-staff', 'evaluator'] as const) tokens.set(role, await app.login(role));
    const staff = tokens.get('zfw-staff');
    const created = await app.gql<{ createProject: { id: string } }>(`mutation { createProject(input: { name: "法治宣传培训", fiscalYear: ${TEST_YEARS.current} }) { id } }`, {}, staff);
    projectId = created.data?.createProject.id ?? '';
    const write = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await app.gql(query, { id: projectId, v: await version(), ...variables }, staff);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    };
    await write('mutation($id: ID!, $v: Int!) { setBudget(projectId: $id, expectedVersion: $v, input: { lines: [{ fundSource: fiscal, budgetAmount: "200000", receivedAmount: "200000" }] }) { id } }');
    await write(`mutation($id: ID!, $v: Int!) { recordPayment(projectId: $id, expectedVersion: $v, input: { date: "${TEST_YEARS.current}-03-15", amount: "150000.00", category: "培训费" }) { id } }`);
    await write('mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
      input: { kind: 'selfEvaluation', framework: 'self-evaluation-2020', indicators: INDICATORS },
    });
    const card = await app.gql<{ project: { scoreCard: { totalScore: string } } }>('query($id: ID!) { project(id: $id) { scoreCard { totalScore } } }', { id: projectId }, staff);
    await write('mutation($id: ID!, $v: Int!, $t: Decimal) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [], totalScore: $t }) { id } }', { t: card.data?.project.scoreCard.totalScore });
  });
  afterAll(() => app.close());

  it('starts drafting targets, a to-do of the unit and of nobody else', async () => {
    const lifecycle = (await as('zfw-staff', `query($id: ID!) { projectLifecycle(projectId: $id) { ${LIFECYCLE} } }`)).data?.projectLifecycle;
    expect(lifecycle).toMatchObject({ stage: 'targets', version: 0, targetStatus: 'draft', pending: [{ side: 'unit', action: 'submitTargets' }], history: [] });
    expect(await todos('zfw-staff')).toEqual(['submitTargets']);
    expect(await todos('finance')).toEqual([]);
    expect((await as('edu-staff', `query($id: ID!) { projectLifecycle(projectId: $id) { stage } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('goes through 初审 (returned once) and 复审 to execution', async () => {
    const submit = 'mutation($id: ID!) { submitTargets(projectId: $id) { LIFECYCLE } }';
    const review = 'mutation($id: ID!, $ok: Boolean!, $why: String) { reviewTargets(projectId: $id, approve: $ok, reason: $why) { LIFECYCLE } }';
    expect((await step('zfw-staff', NOT_UNIT, submit)).targetStatus).toBe('firstReview');
    expect(await todos('finance')).toEqual(['reviewTargets']);
    const noReason = await as('finance', review.replace('{ LIFECYCLE }', '{ version }'), { ok: false });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await step('finance', NOT_FINANCE, review, { ok: false, why: '产出指标缺少数量目标依据' })).toMatchObject({ targetStatus: 'draft', targetReturnReason: '产出指标缺少数量目标依据' });
    await step('zfw-staff', NOT_UNIT, submit);
    expect((await step('finance', NOT_FINANCE, review, { ok: true })).targetStatus).toBe('secondReview');
    const again = await as('zfw-staff', submit.replace('{ LIFECYCLE }', '{ version }'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'targetsNotDraft' });
    expect(await step('finance', NOT_FINANCE, review, { ok: true })).toMatchObject({ stage: 'execution', targetStatus: 'approved' });
  });

  it('approves an adjustment and runs a monitoring round with its alerts answered', async () => {
    await step('zfw-staff', NOT_UNIT, 'mutation($id: ID!) { proposeAdjustment(projectId: $id, summary: "培训场次由 10 次调整为 12 次") { LIFECYCLE } }');
    expect(await todos('finance')).toEqual(['reviewAdjustment']);
    await step('finance', NOT_FINANCE, 'mutation($id: ID!) { reviewAdjustment(projectId: $id, adjustmentId: "adjustment-1", approve: true) { LIFECYCLE } }');
    const fillDue = `${TEST_YEARS.current}-10-15`;
    await step('finance', NOT_FINANCE, 'mutation($id: ID!, $due: String!) { openMonitoringRound(projectId: $id, throughMonth: 9, fillDue: $due) { LIFECYCLE } }', { due: fillDue });
    const bad = await as('finance', 'mutation($id: ID!) { openMonitoringRound(projectId: $id, throughMonth: 10, fillDue: "2026-02-30") { version } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fillDue', reason: 'notADate' });
    expect(await todos('zfw-staff')).toEqual(['fillRound']);
    const fill = 'mutation($id: ID!) { fillMonitoringRound(projectId: $id, roundId: "round-1", alerts: ["预算执行率 偏低", "培训场次 进度滞后"]) { LIFECYCLE } }';
    await step('zfw-staff', NOT_UNIT, fill);
    const reviewRound = 'mutation($id: ID!, $ok: Boolean!, $why: String) { reviewMonitoringRound(projectId: $id, roundId: "round-1", approve: $ok, reason: $why, responseWorkingDays: 5) { LIFECYCLE } }';
    expect((await step('finance', NOT_FINANCE, reviewRound, { ok: false, why: '偏差原因未填写' })).rounds[0]?.status).toBe('open');
    await step('zfw-staff', NOT_UNIT, fill);
    const reviewed = await step('finance', NOT_FINANCE, reviewRound, { ok: true });
    // Today is Wednesday 30 September: five working days on is Wednesday 7 October (no holiday calendar).
    expect(reviewed.rounds[0]?.alerts.map((a) => a.responseDue)).toEqual([`${TEST_YEARS.current}-10-07`, `${TEST_YEARS.current}-10-07`]);
    expect(await todos('zfw-staff')).toEqual(['respondToAlert', 'respondToAlert']);
    const respond = 'mutation($id: ID!, $alert: String!, $r: AlertResponse!, $note: String) { respondToAlert(projectId: $id, roundId: "round-1", alertId: $alert, response: $r, note: $note) { LIFECYCLE } }';
    const noMeasures = await as('zfw-staff', respond.replace('{ LIFECYCLE }', '{ version }'), { alert: 'alert-2', r: 'reallocate' });
    expect(noMeasures.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    await step('zfw-staff', NOT_UNIT, respond, { alert: 'alert-1', r: 'continue' });
    const answered = await step('zfw-staff', NOT_UNIT, respond, { alert: 'alert-2', r: 'reallocate', note: '剩余培训经费调剂至第四季度集中培训' });
    expect(answered.rounds[0]?.alerts.map((a) => a.response)).toEqual(['continue', 'reallocate']);
  });

  it('submits the self-evaluation (freezing it), is returned once, then accepted', async () => {
    const submit = 'mutation($id: ID!, $v: Int!) { submitSelfEvaluation(projectId: $id, expectedVersion: $v) { LIFECYCLE } }';
    // Finance may submit evaluations, but not the unit's 自评; the evaluator is not assigned to this project.
    for (const [other, code] of [['finance', 'FORBIDDEN'], ['evaluator', 'NOT_FOUND']] as const) {
      const refused = await as(other, submit.replace('{ LIFECYCLE }', '{ version }'), { v: await version() });
      expect(refused.errors?.[0]?.extensions?.code, other).toBe(code);
    }
    // The refused submissions rolled back: the evaluation is still a draft.
    const status = async () => ((await as('zfw-staff', 'query($id: ID!) { project(id: $id) { evaluation { status } } }')).data?.project as unknown as { evaluation: { status: string } }).evaluation.status;
    expect(await status()).toBe('draft');
    expect((await step('zfw-staff', ['leader', 'leader-fukang', 'edu-staff'], submit, { v: await version() })).stage).toBe('selfEvaluation');
    expect(await status()).toBe('submitted');
    expect(await todos('finance')).toEqual(['reviewSelfEvaluation']);
    const review = 'mutation($id: ID!, $v: Int!, $ok: Boolean!, $why: String) { reviewSelfEvaluation(projectId: $id, expectedVersion: $v, approve: $ok, reason: $why) { LIFECYCLE } }';
    const returned = await step('finance', NOT_FINANCE, review, { v: await version(), ok: false, why: '满意度调查缺少样本说明' });
    expect(returned.selfEvaluationStatus).toBe('notSubmitted');
    expect(await status()).toBe('draft');
    await step('zfw-staff', ['leader', 'edu-staff'], submit, { v: await version() });
    expect(await step('finance', NOT_FINANCE, review, { v: await version(), ok: true })).toMatchObject({ stage: 'rectification', selfEvaluationStatus: 'accepted' });
    expect(await status()).toBe('submitted');
  });

  it('closes a rectification task, applies the results and publishes', async () => {
    const deadline = `${TEST_YEARS.current}-12-31`;
    await step('finance', NOT_FINANCE, 'mutation($id: ID!, $d: String!) { createRectification(projectId: $id, title: "满意度调查样本不足", owner: "政法委财务科", deadline: $d) { LIFECYCLE } }', { d: deadline });
    const early = await as('finance', 'mutation($id: ID!) { applyResults(projectId: $id, suggestion: "保障") { version } }');
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'rectificationOpen' });
    expect(early.errors?.[0]?.message).toBe('还有 1 项整改任务未销号');
    const evidence = 'mutation($id: ID!) { submitRectificationEvidence(projectId: $id, taskId: "task-1", evidence: "已补充 200 份问卷") { LIFECYCLE } }';
    const review = 'mutation($id: ID!, $ok: Boolean!, $why: String) { reviewRectificationEvidence(projectId: $id, taskId: "task-1", approve: $ok, reason: $why) { LIFECYCLE } }';
    await step('zfw-staff', NOT_UNIT, evidence);
    await step('finance', NOT_FINANCE, review, { ok: false, why: '缺少问卷汇总表' });
    await step('zfw-staff', NOT_UNIT, evidence);
    expect((await step('finance', NOT_FINANCE, review, { ok: true })).rectifications[0]?.status).toBe('closed');
    expect(await step('finance', NOT_FINANCE, 'mutation($id: ID!) { applyResults(projectId: $id, suggestion: "保障", note: "下年度按原规模安排") { LIFECYCLE } }')).toMatchObject({ stage: 'resultsApplied' });
    const noReason = await as('zfw-staff', 'mutation($id: ID!) { publishPerformance(projectId: $id, isPublic: false) { version } }');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await step('zfw-staff', NOT_UNIT, 'mutation($id: ID!) { publishPerformance(projectId: $id, isPublic: true) { LIFECYCLE } }')).toMatchObject({ stage: 'published', isPublic: true, pending: [] });
    expect(await todos('zfw-staff')).toEqual([]);
    expect(await todos('finance')).toEqual([]);
  });

  it('keeps the whole history: every step, who (name and role), and why for each return', async () => {
    const history = (await as('leader', `query($id: ID!) { projectLifecycle(projectId: $id) { ${LIFECYCLE} } }`)).data?.projectLifecycle?.history ?? [];
    expect(history.map((h) => h.version)).toEqual(history.map((_, i) => i + 1));
    expect(history.map((h) => [h.action, h.actorRole])).toEqual([
      ['submitTargets', 'unitStaff'],
      ['reviewTargets', 'financeReviewer'],
      ['submitTargets', 'unitStaff'],
      ['reviewTargets', 'financeReviewer'],
      ['reviewTargets', 'financeReviewer'],
      ['proposeAdjustment', 'unitStaff'],
      ['reviewAdjustment', 'financeReviewer'],
      ['openRound', 'financeReviewer'],
      ['fillRound', 'unitStaff'],
      ['reviewRound', 'financeReviewer'],
      ['fillRound', 'unitStaff'],
      ['reviewRound', 'financeReviewer'],
      ['respondToAlert', 'unitStaff'],
      ['respondToAlert', 'unitStaff'],
      ['submitSelfEvaluation', 'unitStaff'],
      ['reviewSelfEvaluation', 'financeReviewer'],
      ['submitSelfEvaluation', 'unitStaff'],
      ['reviewSelfEvaluation', 'financeReviewer'],
      ['createRectification', 'financeReviewer'],
      ['submitEvidence', 'unitStaff'],
      ['reviewEvidence', 'financeReviewer'],
      ['submitEvidence', 'unitStaff'],
      ['reviewEvidence', 'financeReviewer'],
      ['applyResults', 'financeReviewer'],
      ['publish', 'unitStaff'],
    ]);
    expect(history.filter((h) => h.reason).map((h) => h.reason)).toEqual([
      '产出指标缺少数量目标依据',
      '偏差原因未填写',
      '剩余培训经费调剂至第四季度集中培训',
      '满意度调查缺少样本说明',
      '缺少问卷汇总表',
      '下年度按原规模安排',
    ]);
    expect(new Set(history.map((h) => h.actorName))).toEqual(new Set(['州党委政法委财务人员', '州财政局绩效科复核员']));
  });

  it('finds the demo projects in their stages: to-dos of both sides, overdue ones first, evaluations frozen where 自评 was submitted', async () => {
    const list = async (role: RoleName) => {
      const result = await app.gql<{ myTodos: { totalCount: number; items: { projectId: string; stage: string; step: { side: string; action: string; overdue: boolean } }[] } }>(
        '{ myTodos(first: 100) { totalCount items { projectId stage step { side action overdue } } } }',
        {},
        tokens.get(role),
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.myTodos;
    };
    const finance = await list('finance');
    expect(finance.totalCount).toBeGreaterThan(0);
    expect(new Set(finance.items.map((i) => i.step.side))).toEqual(new Set(['finance']));
    const admin = await list('admin');
    expect(admin.items.some((i) => i.step.overdue)).toBe(true);
    const firstOnTime = admin.items.findIndex((i) => !i.step.overdue);
    expect(admin.items.slice(firstOnTime).some((i) => i.step.overdue)).toBe(false);
    const stages = await app.gql<{ projects: { nodes: { id: string; fiscalYear: number; evaluation: { status: string } | null }[] } }>(
      '{ projects(first: 100) { nodes { id fiscalYear evaluation { status } } } }',
      {},
      tokens.get('admin'),
    );
    const seen = new Set<string>();
    for (const node of stages.data?.projects.nodes ?? []) {
      const lifecycle = (await as('admin', 'query($id: ID!) { projectLifecycle(projectId: $id) { stage selfEvaluationStatus } }', { id: node.id })).data?.projectLifecycle as unknown as { stage: string; selfEvaluationStatus: string };
      seen.add(lifecycle.stage);
      if (lifecycle.selfEvaluationStatus !== 'notSubmitted') expect(node.evaluation?.status, node.id).toBe('submitted');
    }
    // Which of last year's projects pass their audit (and so reach 自评) depends on the generated
    // data; demo-data.test.ts checks every stage over a larger set.
    expect([...seen]).toEqual(expect.arrayContaining(['targets', 'execution', 'published']));
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });
});
