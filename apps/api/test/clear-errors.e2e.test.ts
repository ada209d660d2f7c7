import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

const CHINESE = /[\u4e00-\u9fff]/;

function expectClear(result: GraphQLResponse, code: string, extra: Record<string, unknown> = {}): void {
  expect(result.errors?.length).toBeGreaterThan(0);
  const [error] = result.errors ?? [];
  expect(error?.extensions).toMatchObject({ code, ...extra });
  expect(error?.message).toMatch(CHINESE);
}

describe('clear errors', () => {
  let app: TestApp;
  let staff: string;
  let projectId: string;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 1 });
    staff = await app.login('zfw-staff');
    const created = await app.gql<{ createProject: { id: string } }>('mutation { createProject(input: { name: "错误测试", fiscalYear: 2023 }) { id } }', {}, staff);
    projectId = created.data?.createProject.id ?? '';
    expect(projectId).not.toBe('');
  });
  afterAll(() => app.close());

  /** The version a change is based on (every project mutation takes it). */
  async function version(): Promise<number> {
    const result = await app.gql<{ project: { version: number } }>('query($id: ID!) { project(id: $id) { version } }', { id: projectId }, staff);
    return result.data?.project.version ?? -1;
  }

  it('answers parse errors and bodies that are not GraphQL', async () => {
    expectClear(await app.gql('{ regions { code }', {}, staff), 'GRAPHQL_PARSE_FAILED');
    const notJson = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    const body = (await notJson.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]?.message).toMatch(CHINESE);
  });

  it('answers validation errors in Chinese, with suggestions outside production', async () => {
    const unknownField = await app.gql('{ regions { cod } }', {}, staff);
    expectClear(unknownField, 'GRAPHQL_VALIDATION_FAILED', { field: 'cod', reason: 'unknownField' });
    expect(unknownField.errors?.[0]?.message).toContain('code');
    expect(unknownField.errors?.[0]?.message).not.toContain('Did you mean');
    expectClear(await app.gql('{ project { id } }', {}, staff), 'GRAPHQL_VALIDATION_FAILED', { field: 'id', reason: 'missingArgument' });
    expectClear(await app.gql('{ regions }', {}, staff), 'GRAPHQL_VALIDATION_FAILED', { reason: 'missingSelection' });
  });

  it('answers wrong values as bad input: unknown enum values, wrong variable types, missing variables', async () => {
    expectClear(await app.gql('{ projects(filter: { grade: splendid }) { totalCount } }', {}, staff), 'BAD_USER_INPUT', { reason: 'invalidValue' });
    expectClear(
      await app.gql('query($f: ProjectFilter) { projects(filter: $f) { totalCount } }', { f: { grade: 'splendid' } }, staff),
      'BAD_USER_INPUT',
      { field: 'f.grade' },
    );
    expectClear(await app.gql('query($n: Int!) { projects(first: $n) { totalCount } }', { n: 'many' }, staff), 'BAD_USER_INPUT', { field: 'n' });
    expectClear(await app.gql('query($n: Int!) { projects(first: $n) { totalCount } }', {}, staff), 'BAD_USER_INPUT', { field: 'n', reason: 'missing' });
    expectClear(
      await app.gql('mutation($id: ID!, $v: Int!, $input: PaymentInput!) { recordPayment(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
        id: projectId,
        v: await version(),
        input: { date: '2023-04-01', amount: 12.5, category: '宣传费' },
      }, staff),
      'BAD_USER_INPUT',
      { field: 'input.amount', reason: 'notADecimal' },
    );
  });

  it('refuses NUL characters naming the field, and writes nothing', async () => {
    const result = await app.gql('mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { id } }', {
      id: projectId,
      v: await version(),
      input: { name: '名称\u0000' },
    }, staff);
    expectClear(result, 'BAD_USER_INPUT', { field: 'input.name', reason: 'nulCharacter' });
    const payment = await app.gql('mutation($id: ID!, $v: Int!, $input: PaymentInput!) { recordPayment(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
      id: projectId,
      v: await version(),
      input: { date: '2023-04-01', amount: '1.00', category: '宣\u0000传' },
    }, staff);
    expectClear(payment, 'BAD_USER_INPUT', { field: 'input.category', reason: 'nulCharacter' });
    const project = await app.gql<{ project: { name: string; payments: unknown[] } }>('query($id: ID!) { project(id: $id) { name payments { date } } }', { id: projectId }, staff);
    expect(project.data?.project).toEqual({ name: '错误测试', payments: [] });
  });

  it('refuses money that overflows its column, naming the field', async () => {
    const pay = async (amount: string) =>
      app.gql('mutation($id: ID!, $v: Int!, $input: PaymentInput!) { recordPayment(projectId: $id, expectedVersion: $v, input: $input) { id } }', {
        id: projectId,
        v: await version(),
        input: { date: '2023-04-01', amount, category: '宣传费' },
      }, staff);
    expectClear(await pay('99999999999999999'), 'BAD_USER_INPUT', { field: 'input.amount' });
    expectClear(await pay('123456789012345678901234'), 'BAD_USER_INPUT', { field: 'input.amount' });
    // Each payment fits, their sum would not: the project's spent total is a column too.
    expect((await pay('9999999999999999.00')).errors).toBeUndefined();
    expectClear(await pay('9999999999999999.00'), 'BAD_USER_INPUT', { field: 'spentAmount', reason: 'totalTooLarge' });
  });

  it('refuses forged and garbled cursors naming the argument', async () => {
    const page = (after: string, sort = 'fiscalYear') =>
      app.gql(`query($after: String) { projects(first: 1, after: $after, sort: { field: ${sort} }) { totalCount } }`, { after }, staff);
    const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [after, sort] of [
      ['%%%', 'fiscalYear'],
      [forge(['fiscalYear', 'abc', id]), 'fiscalYear'],
      [forge(['fiscalYear', '99999999999', id]), 'fiscalYear'],
      [forge(['budgetAmount', '1e5', id]), 'budgetAmount'],
      [forge(['updatedAt', '2023-02-30 00:00:00+00', id]), 'updatedAt'],
      [forge(['name', 'a\u0000b', id]), 'name'],
      [forge(['name', 'a', 'not-an-id']), 'name'],
    ] as const) {
      expectClear(await page(after, sort), 'BAD_USER_INPUT', { field: 'after' });
    }
    const first = await app.gql<{ projects: { pageInfo: { endCursor: string } } }>('{ projects(first: 1, sort: { field: updatedAt }) { pageInfo { endCursor } } }', {}, staff);
    expect((await page(first.data?.projects.pageInfo.endCursor ?? '', 'updatedAt')).errors).toBeUndefined();
  });
});

describe('clear errors in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 0, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app.close());

  it('hides suggestions, which would name fields of the schema', async () => {
    const result = await app.gql('mutation { logn(input: { username: "a", password: "b" }) { accessToken } }');
    expectClear(result, 'GRAPHQL_VALIDATION_FAILED', { reason: 'unknownField' });
    expect(result.errors?.[0]?.message).not.toContain('login');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|login/);
  });
});
