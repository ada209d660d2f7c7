import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT_PATH } from '../src/demo/demo-seeder.service.js';
import { startTestApp, TEST_BOT_TOKEN, TEST_YEARS, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * The permission matrix: every query and mutation × every role. Project-scoped operations are
 * tried on two projects of two units of the prefecture (the sample of 昌吉州党委政法委 and one of
 * 昌吉州教育局); the county leader of 阜康市 may read neither.
 */
type RoleName = 'admin' | 'leader' | 'leader-fukang' | 'finance' | 'zfw-staff' | 'edu-staff' | 'evaluator';
const ROLES: readonly RoleName[] = ['admin', 'leader', 'leader-fukang', 'finance', 'zfw-staff', 'edu-staff', 'evaluator'];
type Target = 'sample' | 'edu';
type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND';

const READS: Readonly<Record<RoleName, readonly Target[]>> = {
  admin: ['sample', 'edu'],
  leader: ['sample', 'edu'],
  'leader-fukang': [],
  finance: ['sample', 'edu'],
  'zfw-staff': ['sample'],
  'edu-staff': ['edu'],
  evaluator: ['sample'],
};
const EDITS: Readonly<Record<RoleName, readonly Target[]>> = {
  admin: ['sample', 'edu'],
  leader: [],
  'leader-fukang': [],
  finance: [],
  'zfw-staff': ['sample'],
  'edu-staff': ['edu'],
  evaluator: [],
};
const EVALUATES: Readonly<Record<RoleName, readonly Target[]>> = {
  admin: ['sample', 'edu'],
  leader: [],
  'leader-fukang': [],
  finance: ['sample', 'edu'],
  'zfw-staff': ['sample'],
  'edu-staff': ['edu'],
  evaluator: ['sample'],
};
const MAY_EDIT = new Set<RoleName>(['admin', 'zfw-staff', 'edu-staff']);
const MAY_EVALUATE = new Set<RoleName>(['admin', 'finance', 'zfw-staff', 'edu-staff', 'evaluator']);

function expected(role: RoleName, target: Target, action: 'edit' | 'evaluate'): Outcome {
  if (!(action === 'edit' ? MAY_EDIT : MAY_EVALUATE).has(role)) return 'FORBIDDEN';
  if (!READS[role].includes(target)) return 'NOT_FOUND';
  return (action === 'edit' ? EDITS : EVALUATES)[role].includes(target) ? 'allowed' : 'FORBIDDEN';
}

/** Whether the policy let the call through; business errors past it (CONFLICT…) count as allowed. */
function outcome(result: GraphQLResponse): Outcome {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`server error: ${result.errors?.[0]?.message}`);
  return code === 'FORBIDDEN' || code === 'NOT_FOUND' ? code : 'allowed';
}

interface Fixture {
  id: string;
  version: number;
  unitId: string;
  unitName: string;
  budgetLines: { fundSource: string; budgetAmount: { yuan: string }; adjustedBudgetAmount: { yuan: string }; receivedAmount: { yuan: string } }[];
  indicators: { id: string; key: string; level1: string; level2: string; name: string; weight: string; target: string | null; actual: string | null; formula: string | null; tier: string | null }[];
}

const FIXTURE = `query($id: ID!) { project(id: $id) { id version unit { id name }
  budgetLines { fundSource budgetAmount { yuan } adjustedBudgetAmount { yuan } receivedAmount { yuan } }
  indicators { id key level1 level2 name weight target actual formula tier } } }`;

describe('the permission matrix', () => {
  let app: TestApp;
  const tokens = new Map<RoleName, string>();
  const projects = new Map<Target, Fixture>();
  let allProjects: { id: string; regionCode: string; unitId: string }[];
  let evaluatorUserId: string;

  const as = (role: RoleName, query: string, variables: Record<string, unknown> = {}) => app.gql(query, variables, tokens.get(role));

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 40 });
    for (const role of ROLES) tokens.set(role, await app.login(role));
    const admin = tokens.get('admin');
    const list = await app.gql<{ projects: { nodes: { id: string; name: string; region: { code: string }; unit: { id: string; name: string } }[] } }>(
      '{ projects(first: 100) { nodes { id name region { code } unit { id name } } } }',
      {},
      admin,
    );
    const nodes = list.data?.projects.nodes ?? [];
    allProjects = nodes.map((n) => ({ id: n.id, regionCode: n.region.code, unitId: n.unit.id }));
    const sample = nodes.find((n) => n.name === '综治工作经费');
    const edu = nodes.find((n) => n.unit.name === '昌吉州教育局');
    for (const [target, node] of [['sample', sample], ['edu', edu]] as const) {
      const result = await app.gql<{ project: Fixture & { unit: { id: string; name: string } } }>(FIXTURE, { id: node?.id }, admin);
      const project = result.data?.project;
      if (!project) throw new Error(`fixture ${target} missing`);
      projects.set(target, { ...project, unitId: project.unit.id, unitName: project.unit.name });
    }
    const me = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.get('evaluator'));
    evaluatorUserId = me.data?.me.id ?? '';
  });
  afterAll(() => app.close());

  const fixture = (target: Target): Fixture => {
    const project = projects.get(target);
    if (!project) throw new Error(`no fixture ${target}`);
    return project;
  };

  describe('queries', () => {
    it('projects: each role sees exactly its rows', async () => {
      for (const role of ROLES) {
        const result = await as(role, '{ projects(first: 100) { totalCount nodes { id region { code } unit { id name } } } }');
        const data = result.data as { projects: { totalCount: number; nodes: { id: string; region: { code: string }; unit: { id: string; name: string } }[] } };
        const nodes = data.projects.nodes;
        expect(data.projects.totalCount, role).toBe(nodes.length);
        switch (role) {
          case 'admin':
          case 'finance':
          case 'leader':
            expect(nodes.length, role).toBe(allProjects.length);
            break;
          case 'leader-fukang':
            expect(nodes.length).toBeGreaterThan(0);
            expect(nodes.every((n) => n.region.code === '652302')).toBe(true);
            break;
          case 'zfw-staff':
          case 'edu-staff': {
            const unit = fixture(role === 'zfw-staff' ? 'sample' : 'edu').unitId;
            expect(nodes.length).toBeGreaterThan(0);
            expect(nodes.every((n) => n.unit.id === unit), role).toBe(true);
            expect(nodes.length).toBe(allProjects.filter((p) => p.unitId === unit).length);
            break;
          }
          case 'evaluator':
            expect(nodes.map((n) => n.id)).toContain(fixture('sample').id);
            expect(nodes.length).toBeLessThan(10);
            break;
        }
      }
    });

    it('project(id): readable exactly where the scope says, null elsewhere', async () => {
      for (const role of ROLES) {
        for (const target of ['sample', 'edu'] as const) {
          const result = await as(role, 'query($id: ID!) { project(id: $id) { id } }', { id: fixture(target).id });
          expect(result.errors, `${role} ${target}`).toBeUndefined();
          const project = (result.data as { project: { id: string } | null }).project;
          expect(project !== null, `${role} reads ${target}`).toBe(READS[role].includes(target));
        }
      }
    });

    it('searchProjects: only readable projects are found', async () => {
      for (const role of ROLES) {
        const result = await as(role, '{ searchProjects(name: "经费", first: 100) { id unit { id } region { code } } }');
        const found = (result.data as { searchProjects: { id: string; unit: { id: string } }[] }).searchProjects;
        const list = (await as(role, '{ projects(first: 100) { nodes { id } } }')).data as { projects: { nodes: { id: string }[] } };
        const readable = new Set(list.projects.nodes.map((n) => n.id));
        expect(found.every((p) => readable.has(p.id)), role).toBe(true);
      }
    });

    it('units: staff see their own unit only, the county leader the county\'s', async () => {
      const units = async (role: RoleName) => ((await as(role, '{ units { id name regionCode } }')).data as { units: { id: string; regionCode: string }[] }).units;
      expect((await units('admin')).length).toBe(25);
      expect((await units('finance')).length).toBe(25);
      expect((await units('leader')).length).toBe(25);
      expect((await units('leader-fukang')).every((u) => u.regionCode === '652302')).toBe(true);
      expect((await units('zfw-staff')).map((u) => u.id)).toEqual([fixture('sample').unitId]);
      expect((await units('edu-staff')).map((u) => u.id)).toEqual([fixture('edu').unitId]);
      expect((await units('evaluator')).map((u) => u.id)).toContain(fixture('sample').unitId);
    });

    it('regions and me: any signed-in user', async () => {
      for (const role of ROLES) {
        const result = await as(role, '{ regions { code } me { username } }');
        expect(result.errors, role).toBeUndefined();
        expect((result.data as { me: { username: string } }).me.username).toBe(role);
      }
    });

    it('dashboardOverview: totals over the readable projects only', async () => {
      for (const role of ROLES) {
        const overview = await as(role, `{ dashboardOverview(fiscalYear: ${TEST_YEARS.closed}) { totals { projectCount } byUnit { unitId } } }`);
        const year = await as(role, `{ projects(first: 100, filter: { fiscalYear: ${TEST_YEARS.closed} }) { totalCount nodes { unit { id } } } }`);
        const data = overview.data as { dashboardOverview: { totals: { projectCount: number }; byUnit: { unitId: string }[] } };
        const closedYear = (year.data as { projects: { totalCount: number; nodes: { unit: { id: string } }[] } }).projects;
        expect(data.dashboardOverview.totals.projectCount, role).toBe(closedYear.totalCount);
        expect(new Set(data.dashboardOverview.byUnit.map((u) => u.unitId))).toEqual(new Set(closedYear.nodes.map((n) => n.unit.id)));
      }
    });

    it('fiscalYears: the years of the readable projects only, newest first', async () => {
      for (const role of ROLES) {
        const years = ((await as(role, '{ fiscalYears }')).data as { fiscalYears: number[] }).fiscalYears;
        expect([...years].sort((a, b) => b - a), role).toEqual(years);
        // The sample's year, the demo's three and the years just outside them.
        for (const year of [2022, TEST_YEARS.before - 1, TEST_YEARS.before, TEST_YEARS.closed, TEST_YEARS.current, TEST_YEARS.current + 1]) {
          const count = ((await as(role, `{ projects(first: 1, filter: { fiscalYear: ${year} }) { totalCount } }`)).data as { projects: { totalCount: number } }).projects
            .totalCount;
          expect(years.includes(year), `${role} ${year}`).toBe(count > 0);
        }
        const overview = await as(role, '{ dashboardOverview { fiscalYear } }');
        expect((overview.data as { dashboardOverview: { fiscalYear: number } }).dashboardOverview.fiscalYear, role).toBe(years[0] ?? TEST_YEARS.current);
      }
    });

    it('gives unit staff no data of another unit through any query', async () => {
      const foreign = allProjects.filter((p) => p.unitId !== fixture('sample').unitId);
      const foreignUnitNames = ((await as('admin', '{ units { id name } }')).data as { units: { id: string; name: string }[] }).units.filter(
        (u) => u.id !== fixture('sample').unitId,
      );
      const responses = await Promise.all([
        as('zfw-staff', '{ projects(first: 100) { nodes { id name unit { id name } } } }'),
        as('zfw-staff', '{ projects(first: 100, filter: { unitId: "' + fixture('edu').unitId + '" }) { totalCount nodes { id } } }'),
        as('zfw-staff', 'query($id: ID!) { project(id: $id) { id name indicators { name } } }', { id: fixture('edu').id }),
        as('zfw-staff', '{ searchProjects(name: "资金", first: 100) { id name unit { name } } }'),
        as('zfw-staff', '{ units { id name } }'),
        as('zfw-staff', '{ fiscalYears }'),
        as('zfw-staff', `{ dashboardOverview(fiscalYear: ${TEST_YEARS.closed}) { byUnit { unitId unitName } byRegion { regionCode } largestDeviations { projectId projectName unitName } } }`),
        as('zfw-staff', `{ dashboardOverview(fiscalYear: ${TEST_YEARS.current}) { byUnit { unitId unitName } largestDeviations { projectId projectName unitName } } }`),
      ]);
      const text = JSON.stringify(responses.map((r) => r.data));
      for (const project of foreign) expect(text).not.toContain(project.id);
      for (const unit of foreignUnitNames) {
        expect(text).not.toContain(unit.id);
        expect(text).not.toContain(unit.name);
      }
    });
  });

  describe('mutations on a project', () => {
    const projectMutations: { name: string; action: 'edit' | 'evaluate'; run: (role: RoleName, target: Target) => Promise<GraphQLResponse> }[] = [
      { name: 'updateProject', action: 'edit', run: (role, t) => as(role, 'mutation($id: ID!, $v: Int!) { updateProject(id: $id, expectedVersion: $v, input: {}) { id } }', { id: fixture(t).id, v: fixture(t).version }) },
      {
        name: 'setBudget',
        action: 'edit',
        run: (role, t) =>
          as(role, 'mutation($id: ID!, $v: Int!, $input: SetBudgetInput!) { setBudget(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
            id: fixture(t).id,
            v: fixture(t).version,
            input: {
              lines: fixture(t).budgetLines.map((l) => ({
                fundSource: l.fundSource,
                budgetAmount: l.budgetAmount.yuan,
                adjustedBudgetAmount: l.adjustedBudgetAmount.yuan,
                receivedAmount: l.receivedAmount.yuan,
              })),
            },
          }),
      },
      {
        name: 'recordPayment',
        action: 'edit',
        run: (role, t) =>
          as(role, 'mutation($id: ID!, $v: Int!) { recordPayment(projectId: $id, expectedVersion: $v, input: { date: "2022-06-30", amount: "1.00", category: "办公费" }) { id } }', {
            id: fixture(t).id,
            v: fixture(t).version,
          }),
      },
      {
        name: 'setIndicators',
        action: 'edit',
        run: (role, t) =>
          as(role, 'mutation($id: ID!, $v: Int!, $input: SetIndicatorsInput!) { setIndicators(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
            id: fixture(t).id,
            v: fixture(t).version,
            input: {
              indicators: fixture(t).indicators.map(({ key, level1, level2, name, weight, target, actual, formula }) => ({
                key,
                level1,
                level2,
                name,
                weight,
                target,
                actual,
                formula,
              })),
            },
          }),
      },
      {
        name: 'setIndicatorActual',
        action: 'evaluate',
        run: (role, t) => {
          const indicator = fixture(t).indicators.find((i) => i.actual !== null);
          return as(role, 'mutation($id: ID!, $v: Int!, $actual: String) { setIndicatorActual(indicatorId: $id, expectedVersion: $v, input: { actual: $actual }) { id } }', {
            id: indicator?.id,
            v: fixture(t).version,
            actual: indicator?.actual,
          });
        },
      },
      {
        name: 'setIndicatorTier',
        action: 'evaluate',
        run: (role, t) => {
          const indicator = fixture(t).indicators.find((i) => i.level1 === 'benefit' || i.tier !== null);
          return as(role, 'mutation($id: ID!, $v: Int!, $score: Decimal!) { setIndicatorTier(indicatorId: $id, expectedVersion: $v, input: { tier: achieved, score: $score, justification: "复核" }) { id } }', {
            id: indicator?.id,
            v: fixture(t).version,
            score: indicator?.weight,
          });
        },
      },
      { name: 'scoreEvaluation', action: 'evaluate', run: (role, t) => as(role, 'mutation($id: ID!, $v: Int!) { scoreEvaluation(projectId: $id, expectedVersion: $v, input: { scores: [] }) { id } }', { id: fixture(t).id, v: fixture(t).version }) },
      { name: 'submitEvaluation', action: 'evaluate', run: (role, t) => as(role, 'mutation($id: ID!, $v: Int!) { submitEvaluation(projectId: $id, expectedVersion: $v) { id } }', { id: fixture(t).id, v: fixture(t).version }) },
    ];

    for (const mutation of projectMutations) {
      it(`${mutation.name}: ${mutation.action} permission and scope`, async () => {
        const actual: Record<string, Outcome> = {};
        const wanted: Record<string, Outcome> = {};
        for (const role of ROLES) {
          for (const target of ['sample', 'edu'] as const) {
            // Each write moves the project's version (and setIndicators the indicators): re-read it first.
            await refreshFixture(target);
            actual[`${role}/${target}`] = outcome(await mutation.run(role, target));
            wanted[`${role}/${target}`] = expected(role, target, mutation.action);
          }
        }
        expect(actual).toEqual(wanted);
      });
    }

    async function refreshFixture(target: Target): Promise<void> {
      const result = await app.gql<{ project: Fixture & { unit: { id: string; name: string } } }>(FIXTURE, { id: fixture(target).id }, tokens.get('admin'));
      const project = result.data?.project;
      if (project) projects.set(target, { ...project, unitId: project.unit.id, unitName: project.unit.name });
    }
  });

  describe('other mutations', () => {
    it('createProject: admin anywhere, unit staff in their own unit only, nobody else', async () => {
      const create = (role: RoleName, unitId?: string) =>
        as(role, 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id unit { id } } }', {
          input: { name: `新项目-${role}`, fiscalYear: 2023, ...(unitId ? { unitId } : {}) },
        });
      const results: Record<string, Outcome> = {};
      for (const role of ROLES) results[role] = outcome(await create(role, role === 'admin' ? fixture('edu').unitId : undefined));
      expect(results).toEqual({
        admin: 'allowed',
        leader: 'FORBIDDEN',
        'leader-fukang': 'FORBIDDEN',
        finance: 'FORBIDDEN',
        'zfw-staff': 'allowed',
        'edu-staff': 'allowed',
        evaluator: 'FORBIDDEN',
      });
      expect(outcome(await create('zfw-staff', fixture('edu').unitId))).toBe('FORBIDDEN');
    });

    it('importProject: admin, or unit staff for their own unit\'s file', async () => {
      const file = JSON.parse(await readFile(SAMPLE_PROJECT_PATH, 'utf8')) as { project: { name: string } };
      const results: Record<string, Outcome> = {};
      for (const role of ROLES) {
        file.project.name = `综治工作经费（${role}）`;
        results[role] = outcome(await as(role, 'mutation($f: String!) { importProject(file: $f) { id } }', { f: JSON.stringify(file) }));
      }
      expect(results).toEqual({
        admin: 'allowed',
        leader: 'FORBIDDEN',
        'leader-fukang': 'FORBIDDEN',
        finance: 'FORBIDDEN',
        'zfw-staff': 'allowed',
        'edu-staff': 'FORBIDDEN',
        evaluator: 'FORBIDDEN',
      });
    });

    it('assignEvaluator and linkChatUser: admin only', async () => {
      for (const role of ROLES) {
        const assign = await as(role, 'mutation($p: ID!, $u: ID!) { assignEvaluator(projectId: $p, userId: $u) }', { p: fixture('edu').id, u: evaluatorUserId });
        const link = await as(role, 'mutation($u: ID!) { linkChatUser(platform: "dingtalk", platformUserId: "ding-1", userId: $u) }', { u: evaluatorUserId });
        expect([outcome(assign), outcome(link)], role).toEqual(role === 'admin' ? ['allowed', 'allowed'] : ['FORBIDDEN', 'FORBIDDEN']);
      }
      const nowReadable = await as('evaluator', 'query($id: ID!) { project(id: $id) { id } }', { id: fixture('edu').id });
      expect((nowReadable.data as { project: { id: string } | null }).project?.id).toBe(fixture('edu').id);
    });

    it('subscriptions: every role keeps its own; only the bot claims and completes digests', async () => {
      const subscribe = 'mutation { subscribeDigest(input: { platform: "console", frequency: daily }) { id } }';
      for (const role of ROLES) {
        const mine = await as(role, '{ mySubscriptions { id } }');
        expect(outcome(mine), role).toBe('allowed');
        // Reaches the input check (no push to the console), not the policy: any signed-in role may subscribe.
        expect((await as(role, subscribe)).errors?.[0]?.extensions?.code, role).toBe('BAD_USER_INPUT');
        const unsubscribe = await as(role, 'mutation { unsubscribeDigest(id: "00000000-0000-4000-8000-000000000000") }');
        expect(unsubscribe.data, role).toEqual({ unsubscribeDigest: false });
        const claim = await as(role, 'mutation { claimDueDigests(instance: "x", platforms: ["dingtalk"]) { deliveryId } }');
        const complete = await as(role, 'mutation { completeDigestDelivery(deliveryId: "00000000-0000-4000-8000-000000000000", outcome: sent) }');
        expect([outcome(claim), outcome(complete)], role).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      }
      const anonymous = await app.gql('{ mySubscriptions { id } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const bot = await app.gql('mutation { claimDueDigests(instance: "matrix", platforms: ["dingtalk"], now: "2000-01-01T00:00:00Z") { deliveryId } }', {}, { 'x-jixiao-service-token': TEST_BOT_TOKEN });
      expect(bot.data).toEqual({ claimDueDigests: [] });
    });

    it('the bot acting for a linked user has exactly that user\'s scope', async () => {
      const bot = { 'x-jixiao-service-token': TEST_BOT_TOKEN, 'x-jixiao-chat-user': 'console:edu-staff' };
      const read = await app.gql<{ project: { id: string } | null }>('query($id: ID!) { project(id: $id) { id } }', { id: fixture('sample').id }, bot);
      expect(read.data?.project).toBeNull();
      const write = await app.gql('mutation($id: ID!) { updateProject(id: $id, expectedVersion: 1, input: {}) { id } }', { id: fixture('sample').id }, bot);
      expect(outcome(write)).toBe('NOT_FOUND');
    });
  });

  describe('lifecycle steps and queries', () => {
    // Who may take a step is the core's rule (mayAct): the project's own unit staff for the unit's
    // steps, finance reviewers for finance's, administrators for both; nobody else, and a project
    // the caller cannot read is NOT_FOUND. Business refusals (CONFLICT for a step out of order,
    // BAD_USER_INPUT) come after the policy and count as allowed here.
    const OWN_UNIT: Readonly<Record<Target, RoleName>> = { sample: 'zfw-staff', edu: 'edu-staff' };
    const STEPS: readonly { name: string; side: 'unit' | 'finance'; query: string; evaluates?: boolean }[] = [
      { name: 'submitTargets', side: 'unit', query: 'mutation($id: ID!) { submitTargets(projectId: $id) { version } }' },
      { name: 'reviewTargets', side: 'finance', query: 'mutation($id: ID!) { reviewTargets(projectId: $id, approve: true) { version } }' },
      { name: 'proposeAdjustment', side: 'unit', query: 'mutation($id: ID!) { proposeAdjustment(projectId: $id, summary: "调整") { version } }' },
      { name: 'reviewAdjustment', side: 'finance', query: 'mutation($id: ID!) { reviewAdjustment(projectId: $id, adjustmentId: "adjustment-1", approve: true) { version } }' },
      { name: 'openMonitoringRound', side: 'finance', query: `mutation($id: ID!) { openMonitoringRound(projectId: $id, throughMonth: 9, fillDue: "${TEST_YEARS.current + 1}-01-31") { version } }` },
      { name: 'fillMonitoringRound', side: 'unit', query: 'mutation($id: ID!) { fillMonitoringRound(projectId: $id, roundId: "round-1", alerts: []) { version } }' },
      { name: 'reviewMonitoringRound', side: 'finance', query: 'mutation($id: ID!) { reviewMonitoringRound(projectId: $id, roundId: "round-1", approve: true) { version } }' },
      { name: 'respondToAlert', side: 'unit', query: 'mutation($id: ID!) { respondToAlert(projectId: $id, roundId: "round-1", alertId: "alert-1", response: continue) { version } }' },
      { name: 'submitSelfEvaluation', side: 'unit', evaluates: true, query: 'mutation($id: ID!, $v: Int!) { submitSelfEvaluation(projectId: $id, expectedVersion: $v) { version } }' },
      { name: 'reviewSelfEvaluation', side: 'finance', evaluates: true, query: 'mutation($id: ID!, $v: Int!) { reviewSelfEvaluation(projectId: $id, expectedVersion: $v, approve: true) { version } }' },
      { name: 'createRectification', side: 'finance', query: `mutation($id: ID!) { createRectification(projectId: $id, title: "整改", owner: "财务科", deadline: "${TEST_YEARS.current + 1}-06-30") { version } }` },
      { name: 'submitRectificationEvidence', side: 'unit', query: 'mutation($id: ID!) { submitRectificationEvidence(projectId: $id, taskId: "task-1", evidence: "材料") { version } }' },
      { name: 'reviewRectificationEvidence', side: 'finance', query: 'mutation($id: ID!) { reviewRectificationEvidence(projectId: $id, taskId: "task-1", approve: true) { version } }' },
      { name: 'applyResults', side: 'finance', query: 'mutation($id: ID!) { applyResults(projectId: $id, suggestion: "保障") { version } }' },
      { name: 'publishPerformance', side: 'unit', query: 'mutation($id: ID!) { publishPerformance(projectId: $id, isPublic: true) { version } }' },
    ];
    /** Read live: the evaluator's assignments grow during this file (assignEvaluator above). */
    const readable = async (role: RoleName, target: Target) =>
      ((await as(role, 'query($id: ID!) { project(id: $id) { id } }', { id: fixture(target).id })).data as { project: unknown } | null)?.project != null;

    for (const step of STEPS) {
      it(`${step.name}: ${step.side === 'unit' ? 'the project\'s unit staff' : 'finance reviewers'} and admin only`, async () => {
        const actual: Record<string, Outcome> = {};
        const wanted: Record<string, Outcome> = {};
        for (const role of ROLES) {
          for (const target of ['sample', 'edu'] as const) {
            const current = await as('admin', 'query($id: ID!) { project(id: $id) { version } }', { id: fixture(target).id });
            const v = (current.data as { project: { version: number } }).project.version;
            actual[`${role}/${target}`] = outcome(await as(role, step.query, { id: fixture(target).id, v }));
            const may = role === 'admin' || (step.side === 'unit' ? OWN_UNIT[target] === role : role === 'finance');
            // Leaders lack the evaluate permission itself: the guard refuses before any project is looked at.
            const guardRefuses = step.evaluates === true && !MAY_EVALUATE.has(role);
            wanted[`${role}/${target}`] = guardRefuses ? 'FORBIDDEN' : !(await readable(role, target)) ? 'NOT_FOUND' : may ? 'allowed' : 'FORBIDDEN';
          }
        }
        expect(actual).toEqual(wanted);
      });
    }

    it('projectLifecycle: exactly the readable projects; myTodos: every role, its own', async () => {
      for (const role of ROLES) {
        for (const target of ['sample', 'edu'] as const) {
          const result = await as(role, 'query($id: ID!) { projectLifecycle(projectId: $id) { stage } }', { id: fixture(target).id });
          expect(outcome(result), `${role}/${target}`).toBe((await readable(role, target)) ? 'allowed' : 'NOT_FOUND');
        }
        const todos = await as(role, '{ myTodos(first: 100) { totalCount items { projectId unitName step { side } } } }');
        expect(todos.errors, role).toBeUndefined();
        const items = (todos.data as { myTodos: { items: { projectId: string; unitName: string; step: { side: string } }[] } }).myTodos.items;
        if (role === 'leader' || role === 'leader-fukang' || role === 'evaluator') expect(items, role).toEqual([]);
        if (role === 'finance') expect(items.every((i) => i.step.side === 'finance')).toBe(true);
        if (role === 'zfw-staff' || role === 'edu-staff') {
          const own = fixture(role === 'zfw-staff' ? 'sample' : 'edu').unitName;
          expect(items.length, role).toBeGreaterThan(0);
          expect(items.every((i) => i.step.side === 'unit' && i.unitName === own), role).toBe(true);
        }
      }
    });
  });
});
