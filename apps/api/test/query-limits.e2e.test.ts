import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { checkOperationCost } from '../src/graphql/limits/operation-cost.js';
import { queryLimitRules } from '../src/graphql/limits/query-limit.rules.js';
import { QUERY_LIMITS } from '../src/graphql/limits/query-limits.js';
import { contractOperations, worstCaseVariables } from './support/contract-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The measured attack: 24 fragments, each spreading the next twice (2^24 fields once expanded). */
function fragmentBomb(): string {
  const fragments = Array.from({ length: 24 }, (_, i) =>
    i === 23 ? `fragment F${i} on Project { name scoreCard { totalScore } }` : `fragment F${i} on Project { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ projects(first: 100) { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

/** The other attack: a negative page size made the old estimate negative, 1,800 aliases passed. */
function negativeFirstAliases(): string {
  const fields = Array.from({ length: 1800 }, (_, i) => `a${i}: projects(first: -100000000) { nodes { scoreCard { totalScore } } }`);
  return `{ ${fields.join(' ')} }`;
}

/** Parse, validation and the cost estimate, as the server runs them before executing; in ms. */
function timeChecks(app: TestApp, query: string): { ms: number; refused: boolean } {
  const started = performance.now();
  let refused = false;
  try {
    const document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
    const errors = validate(app.schema(), document, [...specifiedRules, ...queryLimitRules()]);
    if (errors.length > 0) refused = true;
    else checkOperationCost(app.schema(), document, {}, undefined);
  } catch {
    refused = true;
  }
  return { ms: performance.now() - started, refused };
}

describe('query limits', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 1 });
    token = await app.login('admin');
  });
  afterAll(() => app.close());

  it('refuses the fragment bomb quickly, signed in or not', async () => {
    expect(fragmentBomb().length).toBeLessThan(1200);
    const anonymous = await app.gql(fragmentBomb());
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await app.gql(fragmentBomb(), {}, token);
    expect(signedIn.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'tooManyNodes' });
    expect(signedIn.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    // The issue asks for a bound: on main this took 18.9 s; the work is about a millisecond.
    const { ms, refused } = timeChecks(app, fragmentBomb());
    expect(refused).toBe(true);
    expect(ms).toBeLessThan(100);
  });

  it('refuses the 1,800 aliases with a negative page size quickly', async () => {
    const result = await app.gql(negativeFirstAliases(), {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const { ms, refused } = timeChecks(app, negativeFirstAliases());
    expect(refused).toBe(true);
    expect(ms).toBeLessThan(100);
  });

  it('checks page sizes, literal or variable, naming the argument', async () => {
    for (const first of [-100000000, 0, QUERY_LIMITS.maxPageSize + 1]) {
      const literal = await app.gql(`{ projects(first: ${first}) { totalCount } }`, {}, token);
      expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'outOfRange' });
      const variable = await app.gql('query($n: Int!) { searchProjects(name: "综治", first: $n) { id } }', { n: first }, token);
      expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'outOfRange' });
      expect(variable.data ?? null).toBeNull();
    }
    const fine = await app.gql('query($n: Int!) { projects(first: $n) { totalCount } }', { n: QUERY_LIMITS.maxPageSize }, token);
    expect(fine.errors).toBeUndefined();
  });

  it('limits aliases, depth, tokens and directives', async () => {
    const aliases = await app.gql(`{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `r${i}: regions { code }`).join(' ')} }`, {}, token);
    expect(aliases.errors?.map((error) => error.extensions?.reason)).toContain('tooManyAliases');
    const withinAliases = await app.gql(`{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `r${i}: regions { code }`).join(' ')} }`, {}, token);
    expect(withinAliases.errors).toBeUndefined();

    const deep = `{ ${'a { '.repeat(QUERY_LIMITS.maxDepth + 1)}b${' }'.repeat(QUERY_LIMITS.maxDepth + 1)} }`;
    const depth = await app.gql(deep, {}, token);
    expect(depth.errors?.map((error) => error.extensions?.reason)).toContain('tooDeep');

    const tokens = await app.gql(`{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`, {}, token);
    expect(tokens.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'tooManyTokens' });

    const directives = await app.gql(`{ ${'__typename @include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} }`, {}, token);
    expect(directives.errors?.map((error) => error.extensions?.reason)).toContain('tooManyDirectives');
  });

  it('still refuses costly queries that stay within the other limits', async () => {
    const heavy = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: projects(first: 100) { nodes { indicators { name } scoreCard { totalScore } auditFindings { code } } }`).join(' ')} }`;
    const result = await app.gql(heavy, {}, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'tooCostly' });
  });

  it('lets anonymous callers log in and nothing else', async () => {
    const login = await app.gql('mutation { login(input: { username: "admin", password: "wrong" }) { accessToken } }');
    expect(login.errors?.[0]?.extensions?.reason).toBe('invalidCredentials');
    for (const query of ['{ regions { code } }', '{ __typename regions { code } }', 'mutation { login(input: { username: "a", password: "b" }) { accessToken } createProject(input: { name: "x", unitId: "x", fiscalYear: 2023 }) { id } }']) {
      const result = await app.gql(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
    // Fragments on the root are followed too.
    const viaFragment = await app.gql('query { ...Root } fragment Root on Query { regions { code } }');
    expect(viaFragment.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("passes every real operation of the dashboard, the bot and the CLI, at their largest page sizes", () => {
    const operations = contractOperations();
    expect(operations.length).toBeGreaterThan(10);
    for (const { name, document } of operations) {
      const errors = validate(app.schema(), document, [...specifiedRules, ...queryLimitRules()]);
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
      expect(() => parse(print(document), { maxTokens: QUERY_LIMITS.maxTokens }), name).not.toThrow();
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      expect(() => checkOperationCost(app.schema(), document, worstCaseVariables(app.schema(), operation, QUERY_LIMITS.maxPageSize), name), name).not.toThrow();
    }
  });
});
