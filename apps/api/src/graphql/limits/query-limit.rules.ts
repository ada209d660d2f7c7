import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationContext, ValidationRule } from 'graphql';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { QUERY_LIMITS } from './query-limits.js';

/**
 * graphql-armor's alias, depth and directive limits as validation rules (so mercurius caches the
 * verdict with the parsed document). Armor throws an English error by default; here a rejection
 * is reported as a Chinese QUERY_TOO_COMPLEX error beside graphql-js' own validation errors.
 */
export function queryLimitRules(): ValidationRule[] {
  return [
    maxAliasesRule({
      n: QUERY_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [refuse('tooManyAliases', `查询中的别名过多（上限 ${QUERY_LIMITS.maxAliases} 个），请拆分为多次查询`)],
    }),
    maxDepthRule({
      n: QUERY_LIMITS.maxDepth,
      // Depth is that of the fields as executed: a fragment spread adds no level of its own.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse('tooDeep', `查询嵌套层数过多（上限 ${QUERY_LIMITS.maxDepth} 层）`)],
    }),
    maxDirectivesRule({
      n: QUERY_LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: [refuse('tooManyDirectives', `查询中的指令过多（上限 ${QUERY_LIMITS.maxDirectives} 个）`)],
    }),
  ];
}

function refuse(reason: string, message: string): (context: ValidationContext | null) => void {
  return (context) => {
    const error = new ApiError(ApiErrorCode.QueryTooComplex, message, { reason });
    // Armor's types allow a missing context; refusing by throwing still refuses (fail closed).
    if (!context) throw error;
    context.reportError(error);
  };
}
