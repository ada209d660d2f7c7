import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { throwError, timeout, type Observable } from 'rxjs';
import { ApiError, ApiErrorCode } from '../common/errors/api-error.js';
import type { GraphQLContext } from './graphql-context.js';

/**
 * The execution deadline of a GraphQL request (`GRAPHQL_TIMEOUT_SECONDS`, set in the context at
 * its start). Runs around every resolver, root and field alike (`fieldResolverEnhancers`): one
 * still running at the deadline is answered TIMEOUT, and every resolver after it fails at once,
 * so a slow operation ends instead of holding the server. Work already sent to the database
 * finishes there; nothing after the deadline starts.
 */
@Injectable()
export class ExecutionDeadlineInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<GqlContextType>() !== 'graphql') return next.handle();
    const { deadline } = GqlExecutionContext.create(execution).getContext<GraphQLContext>();
    const left = deadline - Date.now();
    if (left <= 0) throw deadlinePassed();
    return next.handle().pipe(timeout({ first: left, with: () => throwError(deadlinePassed) }));
  }
}

function deadlinePassed(): ApiError {
  return new ApiError(ApiErrorCode.Timeout, '查询超时，请缩小查询范围后重试', { reason: 'deadline' });
}
