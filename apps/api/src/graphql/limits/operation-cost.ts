import type { DocumentNode, GraphQLSchema } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { QUERY_LIMITS } from './query-limits.js';

/** graphql-query-complexity's message when {@link QUERY_LIMITS.maxCostNodes} is exceeded. */
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/** Arguments that set a page size; a paginated field's selection costs once per item. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'] as const;

/**
 * Refuses an operation whose estimated cost exceeds {@link QUERY_LIMITS.maxCost}, or whose page
 * sizes are outside 1..{@link QUERY_LIMITS.maxPageSize}, before it executes. Runs with the
 * request's variables (a `first` bound to a variable is checked like a literal), on the document
 * mercurius already parsed and validated.
 *
 * A field costs 1, or its `complexity` extension (`@Field({ complexity })`, for fields that load and
 * score a whole project); what is selected under a paginated field costs once per item of the
 * page. graphql-query-complexity visits at most {@link QUERY_LIMITS.maxCostNodes} selections with
 * fragments expanded, so the estimate of a fragment bomb stops early instead of exploding.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      operationName: operationToRun(query, operationName),
      estimators: [pageCostEstimator],
      maxQueryNodes: QUERY_LIMITS.maxCostNodes,
    });
  } catch (error) {
    // The one error of its own the library throws: too many selections once fragments are expanded.
    // Others (a variable of the wrong type) go on as they are, for the error formatter.
    if (!(error instanceof GraphQLError) || error.message !== TOO_MANY_NODES) throw error;
    throw new ApiError(ApiErrorCode.QueryTooComplex, `查询展开后过大（上限 ${QUERY_LIMITS.maxCostNodes} 个字段），请减少片段的重复引用`, {
      reason: 'tooManyNodes',
    });
  }
  if (cost > QUERY_LIMITS.maxCost) {
    throw new ApiError(ApiErrorCode.QueryTooComplex, `查询过于复杂（估算代价 ${cost}，上限 ${QUERY_LIMITS.maxCost}），请减少分页大小或所选字段`, {
      reason: 'tooCostly',
    });
  }
}

const pageCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = typeof field.extensions.complexity === 'number' ? field.extensions.complexity : 1;
  return own + pageSize(args) * childComplexity;
};

function pageSize(args: Record<string, unknown>): number {
  let size = 1;
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > QUERY_LIMITS.maxPageSize) {
      throw ApiError.badInput(name, 'outOfRange', `“${name}”（每页数量）应在 1 到 ${QUERY_LIMITS.maxPageSize} 之间`);
    }
    size = Math.max(size, value);
  }
  return size;
}

/**
 * The name of the operation the request runs, as graphql-js picks it: the named one, or the only
 * one (which may be anonymous: undefined then estimates it, the document's sole operation).
 */
function operationToRun(query: DocumentNode, operationName: string | undefined): string | undefined {
  const operations = query.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName !== undefined) {
    if (operations.some((operation) => operation.name?.value === operationName)) return operationName;
    throw ApiError.badInput('operationName', 'unknownOperation', `查询中没有名为“${operationName}”的操作`);
  }
  if (operations.length !== 1) throw ApiError.badInput('operationName', 'missing', '查询包含多个操作，请用 operationName 指明要执行哪一个');
  return operations[0]?.name?.value;
}
